import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../src/runtime/node/run-terminal-chat.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';

/** Collects what the chat writes and lets a test wait until some text has appeared. */
function collect() {
  let text = '';
  const waiters: Array<{ pattern: RegExp; done: () => void }> = [];
  return {
    writer: {
      write: (chunk: string) => {
        text += chunk;
        for (const waiter of waiters.filter((candidate) => candidate.pattern.test(text))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.done();
        }
      },
    },
    read: () => text,
    until: (pattern: RegExp) =>
      new Promise<void>((done) => {
        if (pattern.test(text)) done();
        else waiters.push({ pattern, done });
      }),
  };
}

type TestAssistant = ReturnType<typeof createTestAssistant>['assistant'];

async function answersOf(assistant: TestAssistant, sessionId: string, questionnaireId: string) {
  const view = await assistant.getSession(sessionId);
  if (!view.success) throw view.error;
  return view.data.answers[questionnaireId]?.answers ?? {};
}

const sessionIdIn = (text: string) => /Session ([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

async function chat(lines: string[]) {
  const { assistant } = createTestAssistant();
  const output = collect();
  const errors = collect();
  const exitCode = await runTerminalChat(
    assistant,
    {},
    { input: Readable.from(lines.map((line) => `${line}\n`)), output: output.writer, error: errors.writer },
  );
  return { assistant, exitCode, output: output.read(), errors: errors.read() };
}

describe('runTerminalChat leaving', () => {
  it('leaves on "quit" at an optional text question without saving "quit" as the answer', async () => {
    const { assistant, exitCode, output } = await chat([
      'start a readiness assessment',
      'no',
      '1',
      '1',
      '1',
      'quit',
    ]);
    expect(exitCode).toBe(0);
    expect(output).toContain('(Optional: you can skip it.)');
    const sessionId = sessionIdIn(output);
    const answers = await answersOf(assistant, sessionId, 'readiness');
    expect(Object.keys(answers)).toHaveLength(4);
    expect(Object.hasOwn(answers, 'leadership-notes')).toBe(false);
    expect(output).toContain(`Saved. Resume with: raia chat --session ${sessionId}`);
  });

  it.each([
    ['at the menu', ['exit']],
    ['at a text question', ['start a risk assessment', 'Exit']],
    ['in the review', ['start a risk assessment', 'review', 'QUIT.']],
    ['with /quit', ['start a risk assessment', '/quit']],
  ])('leaves cleanly %s and records nothing', async (_, lines) => {
    const { assistant, exitCode, output, errors } = await chat(lines);
    expect(exitCode).toBe(0);
    expect(errors).toBe('');
    const sessionId = sessionIdIn(output);
    expect(await answersOf(assistant, sessionId, 'risk')).toEqual({});
    expect(output.trimEnd().endsWith(`Saved. Resume with: raia chat --session ${sessionId}`)).toBe(true);
  });

  it('leaves cleanly when the input ends (Ctrl-D)', async () => {
    const { exitCode, output } = await chat(['start a risk assessment']);
    expect(exitCode).toBe(0);
    expect(output).toContain(`Saved. Resume with: raia chat --session ${sessionIdIn(output)}`);
  });

  it('leaves cleanly on Ctrl-C while a question waits, saving nothing more', async () => {
    const { assistant } = createTestAssistant();
    const input = new PassThrough();
    const output = collect();
    let interrupt: (() => void) | undefined;
    const finished = runTerminalChat(
      assistant,
      {},
      {
        input,
        output: output.writer,
        error: collect().writer,
        onInterrupt: (handler) => {
          interrupt = handler;
          return () => {
            interrupt = undefined;
          };
        },
      },
    );
    input.write('start a risk assessment\n');
    await output.until(/What is the AI system called\?[\s\S]*> $/);
    interrupt?.();
    expect(await finished).toBe(0);
    const sessionId = sessionIdIn(output.read());
    expect(output.read()).toContain(`Saved. Resume with: raia chat --session ${sessionId}`);
    expect(await answersOf(assistant, sessionId, 'risk')).toEqual({});
    // The handler is released, so a later Ctrl-C is the shell's again.
    expect(interrupt).toBeUndefined();
  });
});

describe('runTerminalChat limits', () => {
  it('refuses a line over the message limit whole, naming the limit, and records nothing', async () => {
    const { assistant } = createTestAssistant();
    const output = collect();
    const errors = collect();
    await runTerminalChat(
      assistant,
      {},
      {
        input: Readable.from(['start a risk assessment\n', `${'x'.repeat(4500)}\n`]),
        output: output.writer,
        error: errors.writer,
      },
    );
    expect(errors.read()).toContain('A message can have at most 4,000 characters; this one has 4,500.');
    expect(await answersOf(assistant, sessionIdIn(output.read()), 'risk')).toEqual({});
  });
});
