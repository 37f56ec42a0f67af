import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBody } from '../../src/channels/shared/limit-body.ts';
import { createRealApp, jsonRequest } from './real-app.ts';

describe('body limits', () => {
  it('refuses API bodies over 64 KB with 413, even without a declared length', async () => {
    const { app, assistant } = createRealApp();
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    const body = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const response = await app.request(`/api/sessions/${created.data.sessionId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it.each(['/slack', '/a-new-platform'])(
    'leaves routes mounted beside /api (%s) to their own, larger caps',
    async (path) => {
      const received: number[] = [];
      const webhook = new Hono().post('/interactions', async (c) => {
        received.push((await c.req.text()).length);
        return c.body(null, 200);
      });
      const { app } = createRealApp({ extraRoutes: [{ path, app: webhook }] });
      const large = `payload=${'a'.repeat(300 * 1024)}`;
      const response = await app.request(`${path}/interactions`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: large,
      });
      expect(response.status).toBe(200);
      expect(received).toEqual([large.length]);
    },
  );

  it('answers a platform cap through the app’s one error handler', async () => {
    const webhook = new Hono().use(limitBody(1024)).post('/events', (c) => c.body(null, 200));
    const { app } = createRealApp({ extraRoutes: [{ path: '/a-new-platform', app: webhook }] });
    const response = await app.request('/a-new-platform/events', {
      method: 'POST',
      body: new Blob(['x'.repeat(1025)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'payload-too-large', message: 'The request body is too large.' },
    });
  });

  it('accepts a session import above 64 KB but not above 2 MB', async () => {
    const { app } = createRealApp();
    const padding = 'p'.repeat(100 * 1024);
    // Not a valid export, so it is refused by the importer (400), not by the size cap (413).
    const medium = await app.request('/api/sessions/import', jsonRequest('POST', { padding }));
    expect(medium.status).toBe(400);
    const huge = await app.request(
      '/api/sessions/import',
      jsonRequest('POST', { padding: padding.repeat(21) }),
    );
    expect(huge.status).toBe(413);
  });
});
