import { generateText, type LanguageModel } from 'ai';
import { AppError, type Result } from '../app-error.ts';
import { claimsUserOutcome } from './claims-user-outcome.ts';
import { type GroundedAnswer, summaryNote, toCitation } from './grounded-answer.ts';
import { keepGroundedSentences } from './keep-grounded-sentences.ts';
import { groundingPrompt, groundingSystemPrompt, notCoveredMarker } from './model-prompt.ts';
import { notCoveredAnswer } from './not-covered-answer.ts';
import type { SearchHit } from './search-passages.ts';

/** One retry: a second failure means the model is down, and the extractive answer is ready anyway. */
const maxRetries = 1;
/** `[principles-necessity]` or `[principles-necessity, principles-lawfulness]`. */
const citationGroup = /\[([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*[,;]\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)\](?!\()/g;
const citationSeparator = /\s*[,;]\s*/;

/**
 * Asks the model to phrase an answer from the retrieved passages, then checks it sentence by
 * sentence: a sentence is kept only when it cites a passage that was given (citations of others
 * are dropped) and says nothing about the person's own scores or levels; the kept citations become
 * numbered ones. Errors: `model-unavailable` when the call failed, `unprocessable` when the model
 * answered but no sentence survived; either way the caller falls back to the extractive answer.
 */
export async function composeModelAnswer(
  question: string,
  hits: readonly SearchHit[],
  model: LanguageModel,
  timeoutMs: number,
): Promise<Result<GroundedAnswer>> {
  let output: string;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const generation = generateText({
      model,
      system: groundingSystemPrompt,
      prompt: groundingPrompt(question, hits),
      abortSignal: signal,
      maxRetries,
      // The same question over the same passages must get the same answer: no sampling.
      temperature: 0,
    });
    output = (await untilAborted(generation, signal)).text.trim();
  } catch (error) {
    return {
      success: false,
      error: new AppError('model-unavailable', 'The language model did not answer.', { cause: error }),
    };
  }
  if (output === notCoveredMarker) return { success: true, data: notCoveredAnswer('model') };

  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  const citesGivenPassage = (sentence: string) =>
    [...sentence.matchAll(citationGroup)].some((group) =>
      (group[1] ?? '').split(citationSeparator).some((id) => byId.has(id)),
    );
  const grounded = keepGroundedSentences(
    output,
    (sentence) => citesGivenPassage(sentence) && !claimsUserOutcome(sentence.replace(citationGroup, '')),
  );

  const cited: { number: number; hit: SearchHit }[] = [];
  const numberOf = (hit: SearchHit) => {
    const existing = cited.find((entry) => entry.hit === hit);
    if (existing) return existing.number;
    cited.push({ number: cited.length + 1, hit });
    return cited.length;
  };
  const text = grounded
    .replace(citationGroup, (_group, ids: string) =>
      ids
        .split(citationSeparator)
        .flatMap((id) => {
          const hit = byId.get(id);
          return hit ? [`[${numberOf(hit)}]`] : [];
        })
        .join(''),
    )
    .replace(/[ \t]+([.,;:!?])/g, '$1');
  if (cited.length === 0) {
    return {
      success: false,
      error: new AppError('unprocessable', 'No sentence of the model answer cited a retrieved passage.'),
    };
  }
  return {
    success: true,
    data: {
      text: `${text}${summaryNote(cited)}`,
      citations: cited.map(({ number, hit }) => toCitation(hit, number)),
      covered: true,
      method: 'model',
    },
  };
}

/** Settles with the promise or rejects on abort: a provider that ignores the signal must not hang the turn. */
function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    // Both outcomes are handled here, so a late rejection after the abort is not left unhandled.
    promise.then(resolve, reject).then(() => signal.removeEventListener('abort', abort));
  });
}
