import { describe, expect, it } from 'vitest';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { bearer, createRealApp, jsonRequest } from './real-app.ts';

const aliceToken = 'alice-token-0123456789abcdef';
const malloryToken = 'mallory-token-0123456789abcdef';
const tokens = `police-a:alice:${aliceToken},police-b:mallory:${malloryToken}`;

/** The memory store, counting the reads of sessions. */
function countingLoads() {
  const inner = createMemorySessionStore();
  const counter = { loads: 0 };
  const store: SessionStore = {
    ...inner,
    load(id) {
      counter.loads += 1;
      return inner.load(id);
    },
  };
  return { store, counter };
}

async function aliceSession(app: ReturnType<typeof createRealApp>['app']): Promise<string> {
  const response = await app.request('/api/sessions', { method: 'POST', headers: bearer(aliceToken) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

describe('POST /api/sessions/:id/messages', () => {
  it('reads the session once: the access check and the turn share the read', async () => {
    const { store, counter } = countingLoads();
    const { app } = createRealApp({ environment: { RAIA_API_TOKENS: tokens }, store });
    const sessionId = await aliceSession(app);
    counter.loads = 0;
    const turn = jsonRequest('POST', { action: 'start:readiness' }, bearer(aliceToken));
    expect((await app.request(`/api/sessions/${sessionId}/messages`, turn)).status).toBe(200);
    expect(counter.loads).toBe(1);
  });

  it("still refuses another organisation's session, changing nothing and giving no recorded reply", async () => {
    const { store, counter } = countingLoads();
    const { app, assistant } = createRealApp({ environment: { RAIA_API_TOKENS: tokens }, store });
    const sessionId = await aliceSession(app);
    const path = `/api/sessions/${sessionId}/messages`;
    const body = { action: 'start:readiness', messageId: 'message-1' };
    expect((await app.request(path, jsonRequest('POST', body, bearer(aliceToken)))).status).toBe(200);
    const before = await assistant.exportSession(sessionId);
    counter.loads = 0;
    // The same message id as Alice's: refused before the recorded reply could be looked up.
    const refused = await app.request(path, jsonRequest('POST', body, bearer(malloryToken)));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      error: { code: 'forbidden', message: 'This session belongs to another organisation.' },
    });
    const other = await app.request(path, jsonRequest('POST', { text: 'yes' }, bearer(malloryToken)));
    expect(other.status).toBe(403);
    expect(counter.loads).toBe(2);
    const after = await assistant.exportSession(sessionId);
    expect(after.success && after.data.session).toEqual(before.success && before.data.session);
  });

  it('answers 404 for a session that does not exist, as before', async () => {
    const { app } = createRealApp({ environment: { RAIA_API_TOKENS: tokens } });
    const unknown = 'A'.repeat(43);
    const response = await app.request(
      `/api/sessions/${unknown}/messages`,
      jsonRequest('POST', { text: 'hello' }, bearer(aliceToken)),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
