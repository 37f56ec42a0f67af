import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Reply, replySchema } from '../../../src/conversation/reply.ts';
import { type RaiaProcess, spawnRaiaServer } from './spawn-raia-server.ts';

const viewSchema = z.object({
  answers: z.record(
    z.string(),
    z.object({ answers: z.record(z.string(), z.object({ value: z.unknown() })) }),
  ),
  transcript: z.array(z.object({ role: z.string() })),
});

const clientCount = 16;
const turnsPerClient = 8;
/** Acknowledged turns (of 16 x 9) after which the server is killed: every client is mid-way. */
const killAfter = 48;

type Turn = {
  messageId: string;
  body: { action: string } | { text: string };
  questionId?: string;
  value?: string;
};

/** One client's walk through the risk questionnaire, one turn at a time, as a user would. */
interface Client {
  sessionId: string;
  /** Answers whose 200 reply the client received: question id -> value. */
  acknowledged: Map<string, string>;
  /** Turns (the start included) whose 200 reply the client received. */
  acknowledgedTurns: number;
  /** The turn sent (or about to be) when the server died: no reply, so not acknowledged. */
  unanswered?: Turn | undefined;
}

function nextTurn(client: Client, reply: Reply, index: number): Turn | undefined {
  const question = reply.question;
  if (question === null) return undefined;
  const messageId = `${client.sessionId}-${index}`;
  const value = question.options[0]?.value;
  const option = reply.quickReplies.find(
    (quickReply) => quickReply.id.startsWith('answer:') && quickReply.id.endsWith(`:${String(value)}`),
  );
  if (value !== undefined && option === undefined) throw new Error(`no quick reply for ${question.id}`);
  if (option !== undefined)
    return { messageId, body: { action: option.id }, questionId: question.id, value: String(value) };
  return { messageId, body: { text: `Answer ${index}` }, questionId: question.id, value: `Answer ${index}` };
}

function postTurn(url: string, client: Client, turn: Turn) {
  return fetch(`${url}/api/sessions/${client.sessionId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...turn.body, messageId: turn.messageId }),
  });
}

describe('the Node server killed under concurrent load', () => {
  const running: RaiaProcess[] = [];
  let dataDirectory = '';

  afterEach(async () => {
    for (const server of running.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  it('keeps every answer it acknowledged to any client, and reports nothing else as saved', async () => {
    dataDirectory = mkdtempSync(join(tmpdir(), 'raia-kill-load-'));
    const first = await spawnRaiaServer(dataDirectory);
    running.push(first);
    const clients: Client[] = [];
    for (let index = 0; index < clientCount; index += 1) {
      const created = await fetch(`${first.url}/api/sessions`, { method: 'POST' });
      const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
      clients.push({ sessionId, acknowledged: new Map(), acknowledgedTurns: 0 });
    }

    let acknowledgedTotal = 0;
    let killed = false;
    const run = async (client: Client) => {
      let turn: Turn | undefined = { messageId: `${client.sessionId}-start`, body: { action: 'start:risk' } };
      for (let index = 0; turn !== undefined && index <= turnsPerClient; index += 1) {
        client.unanswered = turn;
        const response = await postTurn(first.url, client, turn).catch((error: unknown) => {
          // Only the kill may cut a request short.
          if (!killed) throw error;
          return undefined;
        });
        if (response === undefined) return;
        expect(response.status).toBe(200);
        const reply = replySchema.parse(await response.json());
        client.unanswered = undefined;
        client.acknowledgedTurns += 1;
        if (turn.questionId !== undefined && turn.value !== undefined)
          client.acknowledged.set(turn.questionId, turn.value);
        acknowledgedTotal += 1;
        if (acknowledgedTotal === killAfter) {
          killed = true;
          first.child.kill('SIGKILL');
        }
        // After the kill the next turn still goes out, and fails: it stays unanswered.
        turn = nextTurn(client, reply, index);
      }
    };
    await Promise.all(clients.map(run));
    expect(await first.exited).toBe('SIGKILL');
    expect(clients.filter((client) => client.unanswered !== undefined).length).toBeGreaterThan(
      clientCount / 2,
    );

    const second = await spawnRaiaServer(dataDirectory);
    running.push(second);
    for (const client of clients) {
      const before = await fetch(`${second.url}/api/sessions/${client.sessionId}`);
      expect(before.status).toBe(200);
      const view = viewSchema.parse(await before.json());
      const stored = view.answers.risk?.answers ?? {};
      for (const [questionId, value] of client.acknowledged) {
        expect({ questionId, value: String(stored[questionId]?.value) }).toEqual({ questionId, value });
      }
      // Beyond what was acknowledged, at most the one unanswered turn may have reached the disk.
      const allowed = new Set([...client.acknowledged.keys(), client.unanswered?.questionId]);
      expect(Object.keys(stored).filter((questionId) => !allowed.has(questionId))).toEqual([]);
      const userTurns = view.transcript.filter((entry) => entry.role === 'user').length;
      expect(userTurns - client.acknowledgedTurns).toBeGreaterThanOrEqual(0);
      expect(userTurns - client.acknowledgedTurns).toBeLessThanOrEqual(
        client.unanswered === undefined ? 0 : 1,
      );

      if (client.unanswered === undefined) continue;
      // The client retries what got no reply: answered from the record if it was saved, applied
      // now if not; either way the turn is in the session exactly once.
      expect((await postTurn(second.url, client, client.unanswered)).status).toBe(200);
      const after = viewSchema.parse(
        await (await fetch(`${second.url}/api/sessions/${client.sessionId}`)).json(),
      );
      expect(after.transcript.filter((entry) => entry.role === 'user')).toHaveLength(
        client.acknowledgedTurns + 1,
      );
    }
  });
});
