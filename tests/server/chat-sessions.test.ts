import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { conversationTexts } from '../../src/conversation/conversation-texts.ts';
import { createSqliteSessionStore } from '../../src/runtime/node/sqlite-session-store.ts';
import type { RaiaReplyData } from '../../src/server/chat/raia-ui-message.ts';
import { isSessionId } from '../../src/sessions/session-id.ts';
import { bearer, createRealApp, jsonRequest } from './real-app.ts';

const aliceToken = 'alice-token-0123456789abcdef';
const bobToken = 'bob-token-0123456789abcdef';
const tokens = `police-a:alice:${aliceToken},police-a:bob:${bobToken}`;

/** A chat id as the AI SDK's `generateId` makes them. */
const chatId = 'Xy7q2LmN0pQr5sTu';

interface ChatReply {
  status: number;
  texts: string[];
  data: RaiaReplyData | undefined;
}

let messageCount = 0;

/** One `useChat` turn: the new user message (earlier ones would be ignored anyway). */
async function chat(app: Hono, id: string, text: string, headers: Record<string, string> = {}) {
  messageCount += 1;
  const message = { id: `m-${messageCount}`, role: 'user', parts: [{ type: 'text', text }] };
  const response = await app.request('/api/chat', jsonRequest('POST', { id, messages: [message] }, headers));
  const chunks = (await response.text())
    .split('\n')
    .filter((line) => line.startsWith('data: {'))
    .map((line) => JSON.parse(line.slice('data: '.length)) as Record<string, unknown>);
  const reply: ChatReply = {
    status: response.status,
    texts: chunks.flatMap((chunk) => (chunk.type === 'text-delta' ? [String(chunk.delta)] : [])),
    data: chunks.find((chunk) => chunk.type === 'data-raia-reply')?.data as RaiaReplyData | undefined,
  };
  return reply;
}

function isGreeting(reply: ChatReply): boolean {
  return reply.texts.some((text) => text.includes(conversationTexts.greeting));
}

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('/api/chat with a client-chosen chat id', () => {
  it('starts a session of a random id on the first message and continues it after', async () => {
    const { app } = createRealApp();
    const first = await chat(app, chatId, 'hello');
    expect(first.status).toBe(200);
    expect(isGreeting(first)).toBe(true);
    const sessionId = first.data?.sessionId ?? '';
    expect(isSessionId(sessionId)).toBe(true);

    const second = await chat(app, chatId, 'Start the risk assessment');
    expect(isGreeting(second)).toBe(false);
    expect(second.data).toMatchObject({ sessionId, state: 'risk.asking' });
  });

  it('gives two first messages of one chat sent at once the same session, greeted once', async () => {
    const { app, store } = createRealApp();
    const replies = await Promise.all([chat(app, chatId, 'hello'), chat(app, chatId, 'help')]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200]);
    expect(replies.filter(isGreeting)).toHaveLength(1);
    expect(new Set(replies.map((reply) => reply.data?.sessionId)).size).toBe(1);
    expect(await store.list()).toHaveLength(1);
  });

  it('gives two users sending the same chat id a session each', async () => {
    const { app } = createRealApp({ environment: { RAIA_API_TOKENS: tokens } });
    const alice = await chat(app, chatId, 'Start the risk assessment', bearer(aliceToken));
    const bob = await chat(app, chatId, 'hello', bearer(bobToken));
    expect(isGreeting(bob)).toBe(true);
    expect(bob.data?.sessionId).not.toBe(alice.data?.sessionId);
    expect(bob.data?.state).toBe('menu');

    const aliceAgain = await chat(app, chatId, 'Pilot camera system', bearer(aliceToken));
    expect(isGreeting(aliceAgain)).toBe(false);
    expect(aliceAgain.data?.sessionId).toBe(alice.data?.sessionId);
    expect(aliceAgain.data?.progress?.answered).toBe(1);
  });

  it('binds a session-shaped chat id per caller too, so guessing one reaches nothing', async () => {
    const { app } = createRealApp({ environment: { RAIA_API_TOKENS: tokens } });
    const longChatId = 'client-made-chat-id-0123456789';
    const alice = await chat(app, longChatId, 'Start the risk assessment', bearer(aliceToken));
    const bob = await chat(app, longChatId, 'hello', bearer(bobToken));
    expect(isGreeting(bob)).toBe(true);
    expect(bob.data?.sessionId).not.toBe(alice.data?.sessionId);
    expect(alice.data?.sessionId).not.toBe(longChatId);
  });

  it('keeps the binding in the SQLite store across a restart', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'raia-chat-'));
    directories.push(directory);
    const path = join(directory, 'raia.db');
    const before = createSqliteSessionStore({ path });
    const started = await chat(createRealApp({ store: before }).app, chatId, 'Start the risk assessment');
    before.close();

    const after = createSqliteSessionStore({ path });
    const resumed = await chat(createRealApp({ store: after }).app, chatId, 'Pilot camera system');
    after.close();
    expect(isGreeting(resumed)).toBe(false);
    expect(resumed.data?.sessionId).toBe(started.data?.sessionId);
    expect(resumed.data?.progress?.answered).toBe(1);
  });

  it('starts afresh when the chat’s session was deleted, and the old one stays gone', async () => {
    const { app } = createRealApp();
    const first = await chat(app, chatId, 'hello');
    const sessionId = first.data?.sessionId ?? '';
    expect((await app.request(`/api/sessions/${sessionId}`, { method: 'DELETE' })).status).toBe(200);

    const again = await chat(app, chatId, 'hello');
    expect(isGreeting(again)).toBe(true);
    expect(again.data?.sessionId).not.toBe(sessionId);
    expect((await app.request(`/api/sessions/${sessionId}`)).status).toBe(404);
  });

  it('continues a RAIA session id as that very session', async () => {
    const { app } = createRealApp();
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = (await created.json()) as { sessionId: string };
    const reply = await chat(app, sessionId, 'Start the risk assessment');
    expect(isGreeting(reply)).toBe(false);
    expect(reply.data).toMatchObject({ sessionId, state: 'risk.asking' });
  });
});
