import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { replySchema } from '../../../src/conversation/reply.ts';
import { type RaiaProcess, spawnRaiaServer } from './spawn-raia-server.ts';

const viewSchema = z.object({
  answers: z.record(
    z.string(),
    z.object({ answers: z.record(z.string(), z.object({ value: z.unknown() })) }),
  ),
  transcript: z.array(z.object({ role: z.string(), text: z.string().optional() })),
});

async function post(url: string, body?: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok).toBe(true);
  return response.json();
}

describe('the Node server after kill -9', () => {
  const running: RaiaProcess[] = [];
  let dataDirectory = '';

  afterEach(async () => {
    for (const server of running.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  it('keeps every answer it acknowledged', async () => {
    dataDirectory = mkdtempSync(join(tmpdir(), 'raia-crash-'));
    const first = await spawnRaiaServer(dataDirectory);
    running.push(first);

    const { sessionId } = z.object({ sessionId: z.string() }).parse(await post(`${first.url}/api/sessions`));
    const turnUrl = `${first.url}/api/sessions/${sessionId}/messages`;
    let reply = replySchema.parse(await post(turnUrl, { action: 'start:risk' }));
    const acknowledged = new Map<string, string>();
    for (let turn = 0; turn < 8 && reply.question !== null; turn += 1) {
      const question = reply.question;
      // Answer with the first option's quick reply (its id is the assistant's to choose);
      // free-text questions get a text answer.
      const value = question.options[0]?.value;
      const option = reply.quickReplies.find(
        (quickReply) => quickReply.id.startsWith('answer:') && quickReply.id.endsWith(`:${String(value)}`),
      );
      if (value !== undefined && option === undefined) throw new Error(`no quick reply for ${question.id}`);
      const body = option === undefined ? { text: `Answer ${turn}` } : { action: option.id };
      reply = replySchema.parse(await post(turnUrl, body));
      acknowledged.set(question.id, option === undefined ? `Answer ${turn}` : String(value));
    }
    expect(acknowledged.size).toBe(8);

    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const second = await spawnRaiaServer(dataDirectory);
    running.push(second);
    const response = await fetch(`${second.url}/api/sessions/${sessionId}`);
    expect(response.status).toBe(200);
    const view = viewSchema.parse(await response.json());
    const stored = view.answers.risk?.answers ?? {};
    for (const [questionId, value] of acknowledged) {
      expect({ questionId, value: String(stored[questionId]?.value) }).toEqual({ questionId, value });
    }
    expect(view.transcript.filter((entry) => entry.role === 'user')).toHaveLength(acknowledged.size + 1);
  });
});
