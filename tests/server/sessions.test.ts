import { describe, expect, it } from 'vitest';
import { createSessionId } from '../../src/sessions/session-id.ts';
import { createTestApp, postJson, readError } from './create-test-app.ts';

const unknownSession = {
  error: { code: 'not-found', message: 'No session with that id. It may have expired or been deleted.' },
};

async function startSession(app: ReturnType<typeof createTestApp>['app']): Promise<string> {
  const response = await app.request('/api/sessions', { method: 'POST' });
  const body = (await response.json()) as { sessionId: string };
  return body.sessionId;
}

describe('createSessionRoutes', () => {
  it('creates a session with 201, the session id and the greeting, never cached', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/sessions', { method: 'POST' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      sessionId: expect.any(String),
      reply: { state: 'menu', messages: [{ text: 'Hello, I am RAIA.' }] },
    });
  });

  it('passes text, action and messageId through to handleTurn', async () => {
    const { app, turns } = createTestApp();
    const sessionId = await startSession(app);

    const text = await postJson(app, `/api/sessions/${sessionId}/messages`, {
      text: 'We use face matching',
      messageId: 'm-1',
    });
    expect(text.status).toBe(200);
    expect(text.headers.get('cache-control')).toBe('no-store');
    expect(await text.json()).toMatchObject({
      state: 'risk.asking',
      messages: [{ text: 'You said: We use face matching' }],
    });

    const action = await postJson(app, `/api/sessions/${sessionId}/messages`, { action: 'answer:yes' });
    expect(action.status).toBe(200);
    expect(turns).toEqual([
      { sessionId, text: 'We use face matching', messageId: 'm-1' },
      { sessionId, action: 'answer:yes' },
    ]);
  });

  it.each([
    [{ text: 'yes', action: 'answer:yes' }, 'text', 'send exactly one of text or action'],
    [{}, 'text', 'send exactly one of text or action'],
    [{ text: 'x'.repeat(4001) }, 'text', '4,000'],
    [{ text: 42 }, 'text', 'expected string'],
    [{ action: '' }, 'action', '>=1'],
    [{ text: 'hi', txt: 'typo' }, 'txt', 'Unrecognized key'],
    [{ text: 'hi', messageId: 'm'.repeat(201) }, 'messageId', '200'],
    [['text'], 'body', 'expected object'],
  ])('answers %j with 400 naming the field', async (body, field, reason) => {
    const { app, turns } = createTestApp();
    const sessionId = await startSession(app);
    const response = await postJson(app, `/api/sessions/${sessionId}/messages`, body);
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error).toMatchObject({ code: 'bad-request', field });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toContain(reason);
    expect(turns).toEqual([]);
  });

  it('answers malformed JSON with 400', async () => {
    const { app } = createTestApp();
    const sessionId = await startSession(app);
    const response = await app.request(`/api/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "unterminated',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'bad-request', message: 'The request body is not valid JSON.' },
    });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a %s body with 415',
    async (contentType) => {
      const { app, turns } = createTestApp();
      const sessionId = await startSession(app);
      const response = await app.request(`/api/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: 'text=hello',
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({
        error: { code: 'unsupported-media-type', message: 'Send the request body as application/json.' },
      });
      expect(turns).toEqual([]);
    },
  );

  it.each(['', '{}', ' {} '])('creates a session from the body %j', async (body) => {
    const { app, sessions } = createTestApp();
    const response = await app.request('/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(201);
    expect(sessions.size).toBe(1);
  });

  it.each([
    ['{"questionnaire": "risk"}', 'questionnaire'],
    ['[1]', 'body'],
    ['{"unterminated', undefined],
  ])('refuses to create a session from the body %j, naming the field', async (body, field) => {
    const { app, sessions } = createTestApp();
    const response = await app.request('/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe('bad-request');
    if (field === undefined) expect(error.message).toBe('The request body is not valid JSON.');
    else expect(error.field).toBe(field);
    expect(sessions.size).toBe(0);
  });

  it('refuses a form post that would create a session with 415', async () => {
    const { app, sessions } = createTestApp();
    const response = await app.request('/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(response.status).toBe(415);
    expect(sessions.size).toBe(0);
  });

  it('answers an unknown or malformed session id with the same 404', async () => {
    const { app } = createTestApp();
    for (const id of [createSessionId(), 'short', 'has%20space'.padEnd(30, 'x')]) {
      const turn = await postJson(app, `/api/sessions/${id}/messages`, { text: 'hello' });
      expect(turn.status).toBe(404);
      expect(await turn.json()).toEqual(unknownSession);
      const view = await app.request(`/api/sessions/${id}`);
      expect(view.status).toBe(404);
      expect(await view.json()).toEqual(unknownSession);
    }
  });

  it('returns the session view, deletes it, and then no longer knows it', async () => {
    const { app } = createTestApp();
    const sessionId = await startSession(app);
    await postJson(app, `/api/sessions/${sessionId}/messages`, { text: 'first answer' });

    const view = await app.request(`/api/sessions/${sessionId}`);
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    expect(await view.json()).toMatchObject({
      sessionId,
      state: 'menu',
      answers: {},
      transcript: expect.arrayContaining([expect.objectContaining({ role: 'user', text: 'first answer' })]),
    });

    const deleted = await app.request(`/api/sessions/${sessionId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: true });
    expect((await app.request(`/api/sessions/${sessionId}`)).status).toBe(404);
    expect((await app.request(`/api/sessions/${sessionId}`, { method: 'DELETE' })).status).toBe(404);
  });
});
