import { createInterface } from 'node:readline/promises';
import { renderTerminalReply, terminalInputToTurn } from '../../channels/terminal/render-terminal-reply.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';

type Writer = { write(text: string): unknown };
export type ChatStreams = { input: NodeJS.ReadableStream; output: Writer; error: Writer };

/**
 * `raia chat`: the same conversation as the web page, in the terminal. Each line is one turn;
 * every turn is saved before its reply is printed, so `--session <id>` resumes after any exit.
 */
export async function runTerminalChat(
  assistant: Assistant,
  options: { sessionId?: string | undefined },
  streams: ChatStreams,
): Promise<number> {
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
  streams.output.write(renderTerminalReply(reply));

  const lines = createInterface({ input: streams.input, terminal: false });
  streams.output.write('> ');
  for await (const line of lines) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
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
      streams.output.write(`\n${renderTerminalReply(reply)}`);
    } else {
      streams.error.write(`raia: ${result.error.userMessage}\n`);
    }
    streams.output.write('> ');
  }
  streams.output.write(`\nSaved. Resume with: raia chat --session ${sessionId}\n`);
  return 0;
}

function fail(streams: ChatStreams, message: string): number {
  streams.error.write(`raia: ${message}\n`);
  return 1;
}
