import { describe, expect, it } from 'vitest';
import { postJson, readError } from './create-test-app.ts';
import { createRealApp } from './real-app.ts';

async function sessionWithNotes() {
  const { app } = createRealApp();
  const created = await app.request('/api/sessions', { method: 'POST' });
  const { sessionId } = (await created.json()) as { sessionId: string };
  const say = (body: { text: string } | { action: string }) =>
    postJson(app, `/api/sessions/${sessionId}/messages`, body);
  await say({ action: 'start:risk' });
  await say({ text: 'note: we have a DPIA and human review of every match' });
  await say({ text: 'Face matching pilot' });
  await say({ text: 'evidence: Procurement file PF-2026-014, checked by J. Okafor' });
  return { app, sessionId };
}

type NotesBody = {
  query: string;
  notes: Array<{ questionId: string; kind: string; text: string; prompt: string }>;
};

describe('GET /api/sessions/:id/notes', () => {
  it('lists every note with its question, in questionnaire order', async () => {
    const { app, sessionId } = await sessionWithNotes();
    const response = await app.request(`/api/sessions/${sessionId}/notes`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as NotesBody;
    expect(body.notes.map((note) => [note.questionId, note.kind])).toEqual([
      ['system-name', 'note'],
      ['system-purpose', 'evidence'],
    ]);
    expect(body.notes[0]?.prompt).toBe('What is the AI system called?');
  });

  it('finds notes by every word of the query, ignoring case, and filters by kind', async () => {
    const { app, sessionId } = await sessionWithNotes();
    const search = async (query: string) => {
      const response = await app.request(`/api/sessions/${sessionId}/notes?${query}`);
      return ((await response.json()) as NotesBody).notes.map((note) => note.questionId);
    };
    expect(await search('q=dpia')).toEqual(['system-name']);
    expect(await search('q=HUMAN+review')).toEqual(['system-name']);
    expect(await search('q=okafor+procurement')).toEqual(['system-purpose']);
    expect(await search('q=dpia+okafor')).toEqual([]);
    expect(await search('kind=evidence')).toEqual(['system-purpose']);
    expect(await search('questionnaire=readiness')).toEqual([]);
  });

  it('answers a bad filter with 400 naming it, and an unknown session with 404', async () => {
    const { app, sessionId } = await sessionWithNotes();
    const bad = await app.request(`/api/sessions/${sessionId}/notes?kind=rumour`);
    expect(bad.status).toBe(400);
    expect(await readError(bad)).toMatchObject({ code: 'bad-request', field: 'kind' });
    const unknown = await app.request(`/api/sessions/${'A'.repeat(43)}/notes`);
    expect(unknown.status).toBe(404);
  });
});

describe('POST /api/sessions/:id/messages text limit', () => {
  it('refuses a message over the limit whole with 400 naming the limit and its length', async () => {
    const { app } = createRealApp();
    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = (await created.json()) as { sessionId: string };
    const response = await postJson(app, `/api/sessions/${sessionId}/messages`, { text: 'x'.repeat(5000) });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error).toMatchObject({ code: 'bad-request', field: 'text' });
    expect(error.message).toBe(
      'text: A message can have at most 4,000 characters; this one has 5,000. Nothing was recorded or cut: please send it in shorter parts.',
    );
  });
});
