import { abortAllDurableObjects } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';
import { postJson, workerFetch } from './worker-fetch.ts';

async function turn(sessionId: string, message: { text: string } | { action: string }): Promise<Reply> {
  const response = await postJson(`/api/sessions/${sessionId}/messages`, message);
  expect(response.status).toBe(200);
  return (await response.json()) as Reply;
}

/** The answer a user would give: the first quick reply, or typed text for open questions. */
function firstAnswer(question: NonNullable<Reply['question']>): { text: string } | { action: string } {
  const option = question.options[0];
  if (option !== undefined) return { action: `answer:${option.value}` };
  return { text: question.kind === 'number' ? '3' : 'Licence plate reader' };
}

describe('the Worker over HTTP', () => {
  it('answers a whole risk questionnaire section, saved in Durable Objects across eviction', async () => {
    const created = await postJson('/api/sessions', {});
    expect(created.status).toBe(201);
    const { sessionId } = (await created.json()) as { sessionId: string };

    let reply = await turn(sessionId, { action: 'start:risk' });
    const section = reply.progress?.section;
    expect(section).toMatchObject({ index: 0 });
    const answered: string[] = [];
    while (reply.question !== null && reply.progress?.section.id === section?.id) {
      answered.push(reply.question.id);
      reply = await turn(sessionId, firstAnswer(reply.question));
      expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
    }
    expect(answered.length).toBeGreaterThan(2);
    expect(reply.progress?.section.index).toBe(1);

    await abortAllDurableObjects();

    const view = await workerFetch(`/api/sessions/${sessionId}`);
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    const body = (await view.json()) as {
      state: string;
      answers: { risk?: { answers: Record<string, unknown> } };
    };
    expect(body.state).toBe('risk.asking');
    expect(Object.keys(body.answers.risk?.answers ?? {}).sort()).toEqual([...answered].sort());
  });

  it('deletes a session so that it is gone', async () => {
    const { sessionId } = (await (await postJson('/api/sessions', {})).json()) as { sessionId: string };
    expect((await workerFetch(`/api/sessions/${sessionId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await workerFetch(`/api/sessions/${sessionId}`)).status).toBe(404);
  });

  it('searches the bundled knowledge base without building an index', async () => {
    const response = await workerFetch('/api/search?q=proportionality');
    expect(response.status).toBe(200);
    const { hits } = (await response.json()) as {
      hits: Array<{ id: string; title: string; snippet: string }>;
    };
    expect(hits.length).toBeGreaterThan(0);
    expect(
      hits
        .map((hit) => `${hit.title} ${hit.snippet}`)
        .join(' ')
        .toLowerCase(),
    ).toContain('proportional');
  });

  it('serves the built page from the ASSETS binding and keeps unknown API paths JSON', async () => {
    const page = await workerFetch('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    // Served through the Worker (run_worker_first), so the page carries the app's CSP.
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    const missing = await workerFetch('/api/no-such-route');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
