import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { configSchema } from '../../src/config.ts';
import { createApp } from '../../src/server/create-app.ts';
import { silentLogger } from '../../src/server/logger.ts';
import { createTestApp, postJson } from './create-test-app.ts';
import { createFakeAssistant, createFakeKnowledge } from './fake-assistant.ts';

const expectedPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; frame-ancestors 'none'; form-action 'self'; connect-src 'self'";

function parseDirectives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? '').split(';').flatMap((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return name ? [[name, values.join(' ')] as const] : [];
    }),
  );
}

describe('createApp', () => {
  it('answers GET /healthz', async () => {
    const { app } = createTestApp();
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('sends HSTS for at least a year, the same-origin CSP and nosniff', async () => {
    const { app } = createTestApp();
    const response = await app.request('/healthz');
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('strict-transport-security') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(parseDirectives(response.headers.get('content-security-policy'))).toEqual(
      parseDirectives(expectedPolicy),
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no CORS headers, even to a cross-origin preflight', async () => {
    const { app } = createTestApp();
    const origin = { origin: 'https://evil.example' };
    const preflight = await app.request('/api/sessions', {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'POST' },
    });
    const simple = await app.request('/healthz', { headers: origin });
    for (const response of [preflight, simple]) {
      const corsHeaders = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
      expect(corsHeaders).toEqual([]);
    }
  });

  it('refuses a body over 64 KB with 413, whether or not it declares its length', async () => {
    const { app, turns, sessions } = createTestApp();
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = (await created.json()) as { sessionId: string };
    const body = JSON.stringify({ text: 'x'.repeat(70 * 1024) });

    const declared = await postJson(app, `/api/sessions/${sessionId}/messages`, JSON.parse(body), {
      'content-length': String(body.length),
    });
    const streamed = await app.request(`/api/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    for (const response of [declared, streamed]) {
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: { code: 'payload-too-large', message: 'The request body is larger than 64 KB.' },
      });
    }
    expect(turns).toEqual([]);
    expect(sessions.size).toBe(1);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'Not found.' } });
  });

  it('turns an unexpected error into a generic 500 without a stack trace, and logs it', async () => {
    const failure = new Error('disk exploded at /var/lib/raia/secret.db');
    const { app, logged } = createTestApp({
      assistant: {
        createSession: async () => {
          throw failure;
        },
      },
    });
    const response = await app.request('/api/sessions', { method: 'POST' });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
    });
    expect(text).not.toMatch(/exploded|secret|\bat\s|\.ts/);
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'Unhandled error',
        details: { method: 'POST', route: '/api/sessions', err: failure },
      },
    ]);
  });

  it('maps an AppError code to its status and user message, keeping the cause in the log only', async () => {
    const cause = new Error('SQLITE_BUSY: database is locked');
    const { app, logged } = createTestApp({
      assistant: {
        handleTurn: async () => ({
          success: false,
          error: new AppError('store-unavailable', 'Your answer was not saved. Please try again.', { cause }),
        }),
      },
    });
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = (await created.json()) as { sessionId: string };
    const response = await postJson(app, `/api/sessions/${sessionId}/messages`, { text: 'yes' });
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'store-unavailable', message: 'Your answer was not saved. Please try again.' },
    });
    expect(text).not.toContain('SQLITE');
    const errors = logged.filter((entry) => entry.level === 'error');
    expect(errors[0]).toMatchObject({ level: 'error', details: { code: 'store-unavailable' } });
    expect(JSON.stringify(logged)).not.toContain(sessionId);
  });

  it('serves static assets outside /api and mounts extra routes', async () => {
    const extra = new Hono().post('/events', (c) => c.text('slack ok'));
    const app = createApp({
      assistant: createFakeAssistant().assistant,
      knowledge: createFakeKnowledge().knowledge,
      config: configSchema.parse({}),
      logger: silentLogger,
      extraRoutes: [{ path: '/slack', app: extra }],
      staticAssets: async (c, next) =>
        c.req.path === '/' ? c.html('<!doctype html><title>RAIA</title>') : next(),
    });
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>RAIA</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await app.request('/missing.js')).status).toBe(404);
    expect(await (await app.request('/api/missing')).json()).toMatchObject({ error: { code: 'not-found' } });
    expect(await (await app.request('/slack/events', { method: 'POST' })).text()).toBe('slack ok');
  });
});
