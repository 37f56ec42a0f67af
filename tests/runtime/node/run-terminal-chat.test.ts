import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../src/runtime/node/run-terminal-chat.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';

function collect() {
  let text = '';
  return { writer: { write: (chunk: string) => (text += chunk) }, read: () => text };
}

describe('runTerminalChat', () => {
  it('runs a questionnaire in the terminal with numbered choices and resumes by session id', async () => {
    const { assistant } = createTestAssistant();
    const output = collect();
    const errors = collect();
    const lines = ['start a risk assessment', 'Terminal system', '2', '/quit'];
    const exitCode = await runTerminalChat(
      assistant,
      {},
      {
        input: Readable.from(lines.map((line) => `${line}\n`)),
        output: output.writer,
        error: errors.writer,
      },
    );
    expect(exitCode).toBe(0);
    expect(errors.read()).toBe('');
    expect(output.read()).toMatch(/1\) Start: /);
    expect(output.read()).toMatch(/\[Question 3 of (?:up to )?\d+ · Section 1 of \d+: System profile\]/);
    const sessionId = /Session ([A-Za-z0-9_-]{43})/.exec(output.read())?.[1];
    expect(sessionId).toBeDefined();
    const view = await assistant.getSession(sessionId ?? '');
    if (!view.success) throw view.error;
    const answers = view.data.answers.risk?.answers ?? {};
    expect(answers['system-name']?.value).toBe('Terminal system');
    expect(answers['system-name']?.answeredBy?.channel).toBe('terminal');
    expect(typeof answers['system-purpose']?.value).toBe('string');

    const resumed = collect();
    await runTerminalChat(
      assistant,
      { sessionId },
      { input: Readable.from(['/quit\n']), output: resumed.writer, error: errors.writer },
    );
    expect(resumed.read()).toContain('Question 3 of');
  });

  it('says clearly when a session to resume does not exist', async () => {
    const { assistant } = createTestAssistant();
    const errors = collect();
    const exitCode = await runTerminalChat(
      assistant,
      { sessionId: 'x'.repeat(43) },
      {
        input: Readable.from([]),
        output: collect().writer,
        error: errors.writer,
      },
    );
    expect(exitCode).toBe(1);
    expect(errors.read()).toMatch(/No session with that id/);
  });
});
