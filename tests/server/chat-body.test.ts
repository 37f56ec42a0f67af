import { describe, expect, it } from 'vitest';
import { maxChatBytes, maxChatJsonDepth } from '../../src/server/chat/chat-body-limit.ts';
import { maxBodyBytes } from '../../src/server/create-app.ts';
import { readError } from './create-test-app.ts';
import { createRealApp, jsonRequest } from './real-app.ts';

const chatId = 'Xy7q2LmN0pQr5sTu';

function userMessage(id: string, text: string) {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}

/** An earlier assistant message as `useChat` resends it: text and RAIA's data part. */
function assistantMessage(index: number, size: number) {
  return {
    id: `a-${index}`,
    role: 'assistant',
    parts: [
      { type: 'text', text: 'x'.repeat(size) },
      { type: 'data-raia-reply', data: { quickReplies: [{ id: 'nav:back', label: 'Back' }] } },
    ],
  };
}

function post(app: ReturnType<typeof createRealApp>['app'], body: unknown) {
  return app.request('/api/chat', jsonRequest('POST', body));
}

describe('/api/chat bodies', () => {
  it('accepts a resent history far over the 64 KB API cap', async () => {
    const { app } = createRealApp();
    const history = Array.from({ length: 200 }, (_, index) => assistantMessage(index, 5000));
    const body = { id: chatId, messages: [...history, userMessage('u-1', 'hello')] };
    expect(JSON.stringify(body).length).toBeGreaterThan(10 * maxBodyBytes);
    const response = await post(app, body);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('reads only the newest message: earlier ones pass unread, whatever they hold', async () => {
    const { app } = createRealApp();
    const earlier = [42, 'text', null, { role: 'robot' }, { id: '', parts: 'none' }];
    const response = await post(app, { id: chatId, messages: [...earlier, userMessage('u-1', 'hi')] });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('still names the field when the newest message is malformed', async () => {
    const { app } = createRealApp();
    const earlier = [userMessage('u-0', 'fine')];
    const response = await post(app, { id: chatId, messages: [...earlier, { id: 'u-1', role: 'robot' }] });
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatchObject({ code: 'bad-request', field: 'messages.1.role' });
  });

  it('refuses an absurd body with 413 and tells the person what to do', async () => {
    const { app, store } = createRealApp();
    const padding = 'x'.repeat(maxChatBytes);
    const response = await post(app, { id: chatId, messages: [userMessage('u-1', 'hi')], padding });
    expect(response.status).toBe(413);
    expect(await readError(response)).toEqual({
      code: 'payload-too-large',
      message:
        'This chat has grown too long to send (its history is over 4 MB). Start a new chat: your answers so far are saved.',
    });
    expect(await store.list()).toEqual([]);
  });

  it(`refuses a body nested deeper than ${maxChatJsonDepth} levels before parsing it`, async () => {
    const { app, store } = createRealApp();
    // Brackets inside strings do not count: this message is fine.
    const bracketText = userMessage('u-0', '[[[[{{{{'.repeat(40));
    const fine = await post(app, { id: chatId, messages: [bracketText] });
    expect(fine.status).toBe(200);
    await fine.arrayBuffer();

    const nested = `${'['.repeat(maxChatJsonDepth)}1${']'.repeat(maxChatJsonDepth)}`;
    const body = `{"id":"${chatId}-2","messages":[${nested},${JSON.stringify(userMessage('u-1', 'hi'))}]}`;
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatchObject({
      code: 'bad-request',
      message: `The request body nests deeper than ${maxChatJsonDepth} levels.`,
    });
    expect(await store.list()).toHaveLength(1);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const { app } = createRealApp();
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id": "abc", "messages": [',
    });
    expect(response.status).toBe(400);
    expect(await readError(response)).toMatchObject({ code: 'bad-request' });
  });
});
