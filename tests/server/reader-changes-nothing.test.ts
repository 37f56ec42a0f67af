import { describe, expect, it } from 'vitest';
import { createRealApp, jsonRequest } from './real-app.ts';

const readerToken = 'reader-token-0123456789abcdef';
const ownerToken = 'owner-token-0123456789abcdef';
const environment = {
  RAIA_API_TOKENS: `police-x:rita:${readerToken},police-x:olivia:${ownerToken}`,
  RAIA_ROLES: 'police-x:rita=reader,police-x:olivia=owner',
};
const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('a reader changes nothing, on the routes beside the session API', () => {
  it('refuses a reader’s useChat message with 403, and starts no session', async () => {
    const { app, store } = createRealApp({ environment });
    const response = await app.request(
      '/api/chat',
      jsonRequest(
        'POST',
        {
          id: 'reader-chat-0123456789',
          messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'hello' }] }],
        },
        as(readerToken),
      ),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toContain('reader');
    expect(await store.list()).toEqual([]);
  });

  it('refuses a reader’s session import with 403, and imports nothing', async () => {
    const { app, store } = createRealApp({ environment });
    const created = await app.request('/api/sessions', { method: 'POST', headers: as(ownerToken) });
    const { sessionId } = await created.json();
    const exported = await (
      await app.request(`/api/sessions/${sessionId}/export`, { headers: as(ownerToken) })
    ).json();
    const response = await app.request(
      '/api/sessions/import',
      jsonRequest('POST', exported, as(readerToken)),
    );
    expect(response.status).toBe(403);
    expect((await store.list()).map((session) => session.id)).toEqual([sessionId]);
  });
});
