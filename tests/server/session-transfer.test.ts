import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { claimAnswerer, forgedActor } from '../conversation/export-fixture.ts';
import { prototypeNames } from '../conversation/prototype-names.ts';
import { bearer, createRealApp, jsonRequest } from './real-app.ts';

const replySchema = z.object({
  question: z.object({ kind: z.string() }).nullable(),
  quickReplies: z.array(z.object({ id: z.string() })),
});

/** Answers every question by its first quick reply (or typed text) and submits, over HTTP. */
async function completeReadiness(app: Hono, headers: Record<string, string> = {}): Promise<string> {
  const created = await app.request('/api/sessions', { method: 'POST', headers });
  const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
  const send = async (body: object) => {
    const response = await app.request(
      `/api/sessions/${sessionId}/messages`,
      jsonRequest('POST', body, headers),
    );
    expect(response.status).toBe(200);
    return replySchema.parse(await response.json());
  };
  let reply = await send({ action: 'start:readiness' });
  for (let turn = 0; turn < 100 && reply.question !== null; turn += 1) {
    const option = reply.quickReplies.find((quickReply) => quickReply.id.startsWith('answer:'));
    reply = await send(option ? { action: option.id } : { text: 'A unit with two analysts' });
  }
  await send({ action: 'submit' });
  return sessionId;
}

async function reportResult(app: Hono, sessionId: string): Promise<unknown> {
  const response = await app.request(`/api/sessions/${sessionId}/report?format=json&questionnaire=readiness`);
  return z.object({ result: z.unknown() }).parse(await response.json()).result;
}

/** Each questionnaire's answer values and times (not who they are credited to). */
async function answersOf(app: Hono, sessionId: string): Promise<unknown> {
  const response = await app.request(`/api/sessions/${sessionId}`);
  const answer = z.object({ value: z.unknown(), answeredAt: z.string() });
  const viewSchema = z.object({
    answers: z.record(z.string(), z.object({ answers: z.record(z.string(), answer) })),
  });
  return viewSchema.parse(await response.json()).answers;
}

describe('session export and import', () => {
  it('exports a JSON attachment that imports under a fresh id with the same answers and result', async () => {
    const { app } = createRealApp();
    const sessionId = await completeReadiness(app);
    const exported = await app.request(`/api/sessions/${sessionId}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="raia-session-/);
    expect(exported.headers.get('cache-control')).toBe('no-store');
    const document = await exported.text();

    const imported = await app.request('/api/sessions/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: document,
    });
    expect(imported.status).toBe(201);
    const { sessionId: copyId } = z.object({ sessionId: z.string() }).parse(await imported.json());
    expect(copyId).not.toBe(sessionId);
    expect(await reportResult(app, copyId)).toEqual(await reportResult(app, sessionId));
    // The same answers, credited to the import rather than to whoever the file names.
    expect(await answersOf(app, copyId)).toEqual(await answersOf(app, sessionId));
  });

  it('refuses what is not an export with 400 and malformed JSON with 400', async () => {
    const { app } = createRealApp();
    const wrong = await app.request(
      '/api/sessions/import',
      jsonRequest('POST', { format: 'something-else' }),
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 'bad-request' } });
    const broken = await app.request('/api/sessions/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"format": ',
    });
    expect(broken.status).toBe(400);
  });

  it('gives an anonymous import no owner, even when the export names one', async () => {
    const { app, assistant } = createRealApp();
    const created = await assistant.createSession({ owner: { organisationId: 'slack:T1', userId: 'U1' } });
    if (!created.success) throw created.error;
    const exported = await assistant.exportSession(created.data.sessionId);
    if (!exported.success) throw exported.error;
    const imported = await app.request('/api/sessions/import', jsonRequest('POST', exported.data));
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await imported.json());
    expect(await assistant.ownerOf(sessionId)).toEqual({ success: true, data: null });
    expect((await app.request(`/api/sessions/${sessionId}`)).status).toBe(200);
  });
});

describe('session import of a tampered export', () => {
  it('refuses a questionnaire state that cannot be restored (422) and keeps no session', async () => {
    const { app, assistant, store } = createRealApp();
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    await assistant.handleTurn({ sessionId: created.data.sessionId, action: 'start:readiness' });
    const exported = await assistant.exportSession(created.data.sessionId);
    if (!exported.success) throw exported.error;
    for (const record of Object.values(exported.data.session.data.assessments))
      record.snapshot = { value: 'x' };
    const response = await app.request('/api/sessions/import', jsonRequest('POST', exported.data));
    expect(response.status).toBe(422);
    expect((await store.list()).map((session) => session.id)).toEqual([created.data.sessionId]);
  });

  it('refuses a document nested deeper than any export with 400', async () => {
    const { app } = createRealApp();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const response = await app.request('/api/sessions/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"format":"raia-session-export","session":${deep}}`,
    });
    expect(response.status).toBe(400);
  });
});

describe('session import provenance over HTTP', () => {
  const token = 'alice-token-0123456789abcdef';

  async function forgedFile(app: Hono, headers: Record<string, string>): Promise<string> {
    const sessionId = await completeReadiness(app, headers);
    const exported = await app.request(`/api/sessions/${sessionId}/export`, { headers });
    // Pretty-printed, as someone editing the file by hand would leave it: the hash is of these bytes.
    return JSON.stringify(claimAnswerer(await exported.json(), forgedActor), null, 2);
  }

  it.each([
    [
      'with access control, the importing user',
      { RAIA_API_TOKENS: `police-a:alice:${token}` },
      bearer(token),
      'alice (police-a)',
    ],
    ['without, an anonymous import', {}, {}, 'anonymous import'],
  ])(
    "names %s, the time and the SHA-256 of the file received; the file's answerers only as its claim",
    async (_name, environment, headers, who) => {
      const { app } = createRealApp({ environment });
      const file = await forgedFile(app, headers);
      const imported = await app.request('/api/sessions/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: file,
      });
      expect(imported.status).toBe(201);
      const { sessionId } = z.object({ sessionId: z.string() }).parse(await imported.json());
      const report = await app.request(`/api/sessions/${sessionId}/report?format=md`, { headers });
      const markdown = await report.text();
      const hash = createHash('sha256').update(file).digest('hex');
      expect(markdown).toMatch(
        new RegExp(
          `- \\*\\*Imported answers:\\*\\* Answers imported on \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC by ${who.replace(/[()]/g, '\\$&')} from a file \\(SHA-256 ${hash}\\); the file names the answerers as: Chief Inspector Forged\\. RAIA has not verified these names\\.`,
        ),
      );
      expect(markdown).not.toContain('- **Assessors:**');
      expect(markdown.split('## Answers')[1]).not.toContain('Chief Inspector Forged');
    },
  );

  it.each(prototypeNames)(
    'refuses an import whose activeQuestionnaireId is %s with 422, and any later use',
    async (name) => {
      const { app, store } = createRealApp();
      const sessionId = await completeReadiness(app);
      const exported = await (await app.request(`/api/sessions/${sessionId}/export`)).json();
      exported.session.data.conversation = { state: 'walkthrough', activeQuestionnaireId: name };
      const response = await app.request('/api/sessions/import', jsonRequest('POST', exported));
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        error: { code: 'unprocessable', message: expect.stringContaining(`"${name}"`) },
      });
      expect(await store.list()).toHaveLength(1);
    },
  );
});
