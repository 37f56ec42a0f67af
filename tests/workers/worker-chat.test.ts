import { abortAllDurableObjects } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { postJson, workerFetch } from './worker-fetch.ts';

/** A chat id as the AI SDK's `generateId` makes them. */
const chatId = 'Wq8e3RtY6uIo1pAs';

/** The `data-raia-reply` part of a `/api/chat` stream. */
async function replyData(response: Response): Promise<{ sessionId: string; state: string }> {
  expect(response.status).toBe(200);
  const line = (await response.text())
    .split('\n')
    .find((candidate) => candidate.startsWith('data: {"type":"data-raia-reply"'));
  const chunk = JSON.parse(line?.slice('data: '.length) ?? '{}') as {
    data: { sessionId: string; state: string };
  };
  return chunk.data;
}

function chat(messageId: string, text: string): Promise<Response> {
  return postJson('/api/chat', {
    id: chatId,
    messages: [{ id: messageId, role: 'user', parts: [{ type: 'text', text }] }],
  });
}

describe('the Worker’s /api/chat with a stock useChat chat id', () => {
  it('binds the chat to a session in the Durable Objects and continues it after eviction', async () => {
    const first = await replyData(await chat('m-1', 'Start the risk assessment'));
    expect(first.state).toBe('risk.asking');

    await abortAllDurableObjects();

    const second = await replyData(await chat('m-2', 'Pilot camera system'));
    expect(second).toMatchObject({ sessionId: first.sessionId, state: 'risk.asking' });
    const view = await workerFetch(`/api/sessions/${first.sessionId}`);
    const body = (await view.json()) as { answers: { risk?: { answers: Record<string, unknown> } } };
    expect(Object.keys(body.answers.risk?.answers ?? {})).toEqual(['system-name']);
  });
});
