import { createInterface } from 'node:readline/promises';
import { renderTerminalReply, terminalInputToTurn } from '../../channels/terminal/render-terminal-reply.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';

type Writer = { write(text: string): unknown };
export type ChatStreams = {
  input: NodeJS.ReadableStream;
  output: Writer;
  error: Writer;
  /** The terminal's width in columns (`process.stdout.columns`); 80 when unknown. */
  columns?: number | undefined;
  /** Calls `handler` on Ctrl-C (SIGINT) and returns how to stop; injected so tests need no signals. */
  onInterrupt?: ((handler: () => void) => () => void) | undefined;
};

// Words that leave in every state; checked before anything is sent, so they are never an answer.
const leaveWords = new Set(['quit', 'exit', '/quit', '/exit']);

/** Whether a line asks to leave: `quit`, `exit` (or `/quit`, `/exit`), any case, a final "." or "!" allowed. */
export function isLeaveCommand(line: string): boolean {
  return leaveWords.has(
    line
      .trim()
      .toLowerCase()
      .replace(/[.!]+$/, ''),
  );
}

/**
 * `raia chat`: the same conversation as the web page, in the terminal. Each line is one turn;
 * every turn is saved before its reply is printed, so `--session <id>` resumes after any exit:
 * `quit`, `exit`, Ctrl-C or Ctrl-D (end of input), in whatever state the conversation is.
 */
export async function runTerminalChat(
  assistant: Assistant,
  options: { sessionId?: string | undefined },
  streams: ChatStreams,
): Promise<number> {
  const render = (reply: Reply) => renderTerminalReply(reply, { width: streams.columns });
  let sessionId = options.sessionId;
  let reply: Reply;
  if (sessionId === undefined) {
    const created = await assistant.createSession();
    if (!created.success) return fail(streams, created.error.userMessage);
    sessionId = created.data.sessionId;
    reply = created.data.reply;
    streams.output.write(`Session ${sessionId} (resume later with: raia chat --session ${sessionId})\n\n`);
  } else {
    const resumed = await assistant.handleTurn({ sessionId, action: 'where-was-i' });
    if (!resumed.success) return fail(streams, resumed.error.userMessage);
    reply = resumed.data;
  }
  streams.output.write(render(reply));

  const lines = createInterface({ input: streams.input, terminal: false });
  // Ctrl-C ends the loop like end of input: a turn in flight finishes (and is saved) first.
  let interrupted = false;
  const stopListening = streams.onInterrupt?.(() => {
    interrupted = true;
    lines.close();
  });
  try {
    streams.output.write('> ');
    for await (const line of lines) {
      if (interrupted || isLeaveCommand(line)) break;
      const text = line.trim();
      if (text === '') {
        streams.output.write('> ');
        continue;
      }
      const result = await assistant.handleTurn({
        sessionId,
        ...terminalInputToTurn(text, reply),
        actor: { id: 'terminal-user', channel: 'terminal' },
      });
      if (result.success) {
        reply = result.data;
        streams.output.write(`\n${render(reply)}`);
      } else {
        streams.error.write(`raia: ${result.error.userMessage}\n`);
      }
      if (interrupted) break;
      streams.output.write('> ');
    }
  } finally {
    stopListening?.();
    lines.close();
  }
  streams.output.write(`\nSaved. Resume with: raia chat --session ${sessionId}\n`);
  return 0;
}

function fail(streams: ChatStreams, message: string): number {
  streams.error.write(`raia: ${message}\n`);
  return 1;
}
