import { describe, expect, it } from 'vitest';
import { apiTokensProblem, loadConfig } from '../../src/config.ts';
import { createTokenVerifier } from '../../src/server/access/create-token-verifier.ts';
import { bearer, createRealApp, jsonRequest } from './real-app.ts';

const aliceToken = 'alice-token-0123456789abcdef';
const bobToken = 'bob-token-0123456789abcdef';
const malloryToken = 'mallory-token-0123456789abcdef';
const slackToken = 'slack-team-token-0123456789ab';
const tokens = [
  `police-a:alice:${aliceToken}`,
  `police-a:bob:${bobToken}`,
  `police-b:mallory:${malloryToken}`,
  `slack:T123:ops:${slackToken}`,
].join(',');

function appWithTokens() {
  return createRealApp({ environment: { RAIA_API_TOKENS: tokens } });
}

async function createSession(app: ReturnType<typeof appWithTokens>['app'], token: string) {
  const response = await app.request('/api/sessions', { method: 'POST', headers: bearer(token) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

describe('RAIA_API_TOKENS', () => {
  it('accepts organisation:user:token entries and names the bad entry otherwise', () => {
    expect(apiTokensProblem(tokens)).toBeUndefined();
    expect(apiTokensProblem('police-a:alice')).toBe('entry 1 is not organisation:user:token');
    expect(apiTokensProblem(`a:b:${aliceToken},a:c:short`)).toMatch(/entry 2 .*shorter than 16/);
    expect(apiTokensProblem(`a:b:${aliceToken},a:c:${aliceToken}`)).toBe('entry 2 repeats a token');
    const loaded = loadConfig({ RAIA_API_TOKENS: 'x:y:tiny' });
    expect(loaded.success).toBe(false);
    if (!loaded.success) expect(loaded.error).not.toContain('tiny');
  });

  it('maps a token to its principal, with the organisation allowed to contain ":"', async () => {
    const verifier = createTokenVerifier(tokens);
    expect((await verifier?.verify(slackToken))?.principal).toEqual({
      organisationId: 'slack:T123',
      userId: 'ops',
    });
    expect((await verifier?.verify(bobToken))?.principal).toEqual({
      organisationId: 'police-a',
      userId: 'bob',
    });
    expect(await verifier?.verify(`${aliceToken}x`)).toBeUndefined();
    expect(createTokenVerifier(undefined)).toBeUndefined();
  });
});

describe('access control with tokens', () => {
  it('refuses /api/* without a valid bearer token with 401, but not /healthz', async () => {
    const { app } = appWithTokens();
    for (const headers of [{}, bearer('wrong-token-0123456789'), { authorization: aliceToken }]) {
      const response = await app.request('/api/sessions', { method: 'POST', headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect((await app.request('/api/search?q=proportionality')).status).toBe(401);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('gives a session to its creator organisation: colleagues may use it, others get 403', async () => {
    const { app, assistant } = appWithTokens();
    const sessionId = await createSession(app, aliceToken);
    expect(await assistant.ownerOf(sessionId)).toEqual({
      success: true,
      data: { organisationId: 'police-a', userId: 'alice' },
    });
    const turn = jsonRequest('POST', { action: 'start:readiness' }, bearer(bobToken));
    expect((await app.request(`/api/sessions/${sessionId}/messages`, turn)).status).toBe(200);

    const paths: Array<[string, RequestInit]> = [
      [`/api/sessions/${sessionId}`, { method: 'GET' }],
      [`/api/sessions/${sessionId}/report?format=json`, { method: 'GET' }],
      [`/api/sessions/${sessionId}/export`, { method: 'GET' }],
      [`/api/sessions/${sessionId}/messages`, jsonRequest('POST', { text: 'yes' })],
      [`/api/sessions/${sessionId}`, { method: 'DELETE' }],
    ];
    const before = await assistant.exportSession(sessionId);
    for (const [path, init] of paths) {
      const headers = { ...(init.headers as Record<string, string> | undefined), ...bearer(malloryToken) };
      const response = await app.request(path, { ...init, headers });
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    const after = await assistant.exportSession(sessionId);
    expect(after.success && after.data.session).toEqual(before.success && before.data.session);
  });

  it('records the token user as the actor of API answers', async () => {
    const { app, assistant } = appWithTokens();
    const sessionId = await createSession(app, aliceToken);
    const message = (body: unknown) =>
      app.request(`/api/sessions/${sessionId}/messages`, jsonRequest('POST', body, bearer(bobToken)));
    await message({ action: 'start:risk' });
    await message({ text: 'Custody image matcher' });
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers['system-name']?.answeredBy).toEqual({ id: 'bob', channel: 'api' });
  });

  it('keeps team-chat sessions out of reach except for a token of that workspace', async () => {
    const { app, assistant } = appWithTokens();
    const created = await assistant.createSession({ owner: { organisationId: 'slack:T123', userId: 'U1' } });
    if (!created.success) throw created.error;
    const path = `/api/sessions/${created.data.sessionId}`;
    expect((await app.request(path, { headers: bearer(aliceToken) })).status).toBe(403);
    expect((await app.request(path, { headers: bearer(slackToken) })).status).toBe(200);
  });

  it('refuses sessions without an owner once tokens are on', async () => {
    const { app, assistant } = appWithTokens();
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    const response = await app.request(`/api/sessions/${created.data.sessionId}`, {
      headers: bearer(aliceToken),
    });
    expect(response.status).toBe(403);
  });

  it('checks the owner of a known /api/chat id before taking the turn', async () => {
    const { app, assistant } = appWithTokens();
    const sessionId = await createSession(app, aliceToken);
    const chat = (token: string) =>
      app.request(
        '/api/chat',
        jsonRequest(
          'POST',
          {
            id: sessionId,
            messages: [{ id: `m-${token}`, role: 'user', parts: [{ type: 'text', text: 'menu' }] }],
          },
          bearer(token),
        ),
      );
    expect((await chat(malloryToken)).status).toBe(403);
    expect((await chat(bobToken)).status).toBe(200);
    const view = await assistant.getSession(sessionId);
    expect(view.success && view.data.transcript.filter((entry) => entry.role === 'user')).toHaveLength(1);
  });
});

describe('access control off (no tokens)', () => {
  it('lets anyone with the id use an unowned session', async () => {
    const { app } = createRealApp();
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = (await created.json()) as { sessionId: string };
    expect((await app.request(`/api/sessions/${sessionId}`)).status).toBe(200);
  });

  it('shows a team-chat session only as its report, which team-chat messages link to', async () => {
    const { app, assistant } = createRealApp();
    const created = await assistant.createSession({ owner: { organisationId: 'slack:T123', userId: 'U1' } });
    if (!created.success) throw created.error;
    const id = created.data.sessionId;
    await assistant.handleTurn({ sessionId: id, action: 'start:readiness' });
    expect((await app.request(`/api/sessions/${id}/report?format=html`)).status).toBe(200);
    expect((await app.request(`/api/sessions/${id}`)).status).toBe(403);
    expect((await app.request(`/api/sessions/${id}/export`)).status).toBe(403);
    expect((await app.request(`/api/sessions/${id}`, { method: 'DELETE' })).status).toBe(403);
    const turn = await app.request(`/api/sessions/${id}/messages`, jsonRequest('POST', { text: 'yes' }));
    expect(turn.status).toBe(403);
  });
});
