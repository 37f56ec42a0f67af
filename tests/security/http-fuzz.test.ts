import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import { prototypeNames } from '../conversation/prototype-names.ts';
import { createRealApp } from '../server/real-app.ts';
import { lookedUp, namedTargets, recorded, setNamed } from './prototype-named-requests.ts';

/**
 * Random, malformed, huge and deeply nested requests against the real app and assistant (memory
 * store): no 500, and a rejected request never changes the session it names, nor does any request
 * change a session it does not name.
 */
const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
const contentTypes = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'application/vnd.api+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/xml',
  'json',
  '',
);
const pathTails = fc.constantFrom(
  '',
  '/messages',
  '/report',
  '/report?format=html',
  '/report?format=pdf',
  '/export',
  '/../..',
  '/%00',
  '/messages/extra',
);
const otherIds = fc.oneof(
  fc.constant('A'.repeat(43)),
  fc.string({ minLength: 0, maxLength: 130 }).map(encodeURIComponent),
  fc.constantFrom('..', '%2e%2e', 'import', 'null', '%F0%9F', '%C0%AF'),
  fc.constantFrom(...prototypeNames),
);

function deepNesting(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

const bodies = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ text: value })),
  fc
    .record({ text: fc.string({ maxLength: 50 }), action: fc.string({ maxLength: 50 }) })
    .map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{',
    '{"text":',
    'null',
    '[]',
    '"x"',
    '{"text":"\\ud800"}',
    '{"__proto__":{"polluted":1},"text":"yes"}',
  ),
  fc
    .constantFrom(...prototypeNames, 'proposal:confirm', 'answer:ai-strategy:yes', 'start:risk')
    .map((action) => JSON.stringify({ action })),
  fc.integer({ min: 1, max: 40_000 }).map((depth) => deepNesting(depth, '[', ']')),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => deepNesting(depth, '{"a":', '}')),
  fc.integer({ min: 60_000, max: 120_000 }).map((size) => JSON.stringify({ text: 'x'.repeat(size) })),
  fc.uint8Array({ minLength: 1, maxLength: 300 }),
  fc.constantFrom(
    new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x80, 0x22, 0x7d]),
  ),
);

const requests = fc.record({
  method: methods,
  target: fc.oneof(
    pathTails.map((tail) => ({ victim: true, path: (id: string) => `/api/sessions/${id}${tail}` })),
    fc
      .tuple(otherIds, pathTails)
      .map(([id, tail]) => ({ victim: false, path: () => `/api/sessions/${id}${tail}` })),
    fc
      .constantFrom(
        '/api/sessions',
        '/api/sessions/import',
        '/api/chat',
        '/api/ask',
        '/api/search?q=%FF',
        '/api/search?q=a&limit=999',
        '/api',
        '/healthz',
        '/',
        '/slack/events',
        '/api/%',
      )
      .map((path) => ({ victim: false, path: () => path })),
    fc.webPath().map((path) => ({ victim: false, path: () => `/api${path}` })),
  ),
  contentType: contentTypes,
  body: bodies,
});

const { app, assistant } = createRealApp({ environment: { RAIA_RATE_LIMIT_PER_MINUTE: '1000000' } });

async function snapshot(sessionId: string): Promise<unknown> {
  const exported = await assistant.exportSession(sessionId);
  return exported.success ? exported.data.session : exported.error.code;
}

async function createVictim(): Promise<string> {
  const created = await assistant.createSession();
  if (!created.success) throw created.error;
  const sessionId = created.data.sessionId;
  await assistant.handleTurn({ sessionId, action: 'start:readiness' });
  await assistant.handleTurn({ sessionId, text: 'yes' });
  return sessionId;
}

describe('the HTTP API under fuzzing', () => {
  test.prop([requests], { numRuns: 250 })(
    'never answers 500 and never changes a session it should not',
    async (request) => {
      const victim = await createVictim();
      const bystander = await createVictim();
      const before = { victim: await snapshot(victim), bystander: await snapshot(bystander) };
      const headers: Record<string, string> = {};
      if (request.contentType !== undefined) headers['content-type'] = request.contentType;
      const init: RequestInit = { method: request.method, headers };
      if (request.body !== undefined && !['GET', 'HEAD'].includes(request.method)) init.body = request.body;
      const response = await app.request(request.target.path(victim), init);
      expect(response.status).toBeLessThan(500);
      await response.arrayBuffer();
      expect(await snapshot(bystander)).toEqual(before.bystander);
      if (!request.target.victim || response.status >= 400)
        expect(await snapshot(victim)).toEqual(before.victim);
    },
  );

  const errorBodySchema = z.object({
    error: z.object({ code: z.string().min(1), message: z.string().min(1) }),
  });

  test.prop([fc.constantFrom(...namedTargets), fc.constantFrom(...prototypeNames)], { numRuns: 200 })(
    'answers every field named like an Object.prototype member with a normal reply or a clear 4xx',
    async (target, name) => {
      const victim = await createVictim();
      const request = target(victim, encodeURIComponent(name));
      const init: RequestInit = { method: request.method };
      if (request.body !== undefined) {
        init.headers = { 'content-type': 'application/json' };
        init.body = JSON.stringify(request.body);
      }
      const response = await app.request(request.path, init);
      expect(response.status, `${request.method} ${request.path}`).toBeLessThan(500);
      if (response.status >= 400) expect(errorBodySchema.safeParse(await response.json()).success).toBe(true);
      else await response.arrayBuffer();
    },
  );

  test.prop([fc.constantFrom(...lookedUp, ...recorded), fc.constantFrom(...prototypeNames)], {
    numRuns: 150,
  })(
    'refuses an export naming a looked-up id like an Object.prototype member with a clear 4xx',
    async (field, name) => {
      const exported = await assistant.exportSession(await createVictim());
      if (!exported.success) throw exported.error;
      const document: Record<string, unknown> = JSON.parse(JSON.stringify(exported.data));
      setNamed(document, field, name);
      const imported = await app.request('/api/sessions/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(document),
      });
      expect(imported.status, field).toBeLessThan(500);
      if ((lookedUp as readonly string[]).includes(field)) {
        expect([400, 422], field).toContain(imported.status);
      }
      if (imported.status !== 201) {
        expect(errorBodySchema.safeParse(await imported.json()).success).toBe(true);
        return;
      }
      const { sessionId } = (await imported.json()) as { sessionId: string };
      for (const path of ['', '/report?format=md', '/export']) {
        expect((await app.request(`/api/sessions/${sessionId}${path}`)).status, path).toBeLessThan(500);
      }
      for (const body of [{ action: name }, { text: 'yes' }, { action: 'where-was-i' }]) {
        const turn = await app.request(`/api/sessions/${sessionId}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(turn.status).toBeLessThan(500);
      }
    },
  );

  const tamperings = fc.record({
    field: fc.constantFrom(
      'snapshot',
      'owner',
      'state',
      'activeQuestionnaireId',
      'transcript',
      'processed',
      'version',
    ),
    value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...prototypeNames)),
  });

  test.prop([tamperings], { numRuns: 120 })(
    'imports a tampered export only if the copy then works',
    async ({ field, value }) => {
      const exported = await assistant.exportSession(await createVictim());
      if (!exported.success) throw exported.error;
      const document = structuredClone(exported.data);
      // The copy is edited as plain JSON: the point is to break the schema's expectations.
      const session: Record<string, unknown> = document.session;
      const data: Record<string, unknown> = document.session.data;
      const conversation: Record<string, unknown> = document.session.data.conversation;
      const records: Array<Record<string, unknown>> = Object.values(document.session.data.assessments);
      if (field === 'snapshot' || field === 'version') for (const record of records) record[field] = value;
      else if (field === 'owner') session.owner = value;
      else if (field === 'state' || field === 'activeQuestionnaireId') conversation[field] = value;
      else data[field] = value;
      const imported = await app.request('/api/sessions/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(document),
      });
      expect(imported.status).toBeLessThan(500);
      if (imported.status !== 201) return;
      const { sessionId } = (await imported.json()) as { sessionId: string };
      for (const path of ['', '/report?format=json', '/export']) {
        expect((await app.request(`/api/sessions/${sessionId}${path}`)).status, path).toBeLessThan(500);
      }
      const turn = await app.request(`/api/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'yes' }),
      });
      expect(turn.status).toBeLessThan(500);
    },
  );
});
