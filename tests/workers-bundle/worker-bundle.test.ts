import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildWorkerBundle, startWranglerDev, type WranglerDev } from '../../scripts/wrangler-dev.ts';
import { risingRisk, storyMove, storySystemName } from '../agency/story-answers.ts';
import { moveFor } from '../conversation/framework-fixture.ts';
import { retrospectiveFaceMatching } from '../frameworks/eu-ai-act-profiles.ts';

/**
 * The deployable bundle itself, booted in workerd by `wrangler dev --no-bundle` and driven over
 * HTTP. The pool-workers suite (tests/workers) imports the Worker inside a request, so a failure
 * while the bundle's modules load (workerd refuses timers, random values and AbortControllers
 * there) passes it and kills the deployment; only booting the built file shows it.
 */
const webBuild = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

const questionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.union([z.string(), z.number(), z.boolean()]) })),
});
const replySchema = z.object({
  messages: z.array(z.object({ kind: z.string(), text: z.string() })),
  question: questionSchema.nullable(),
  progress: z.object({ section: z.object({ id: z.string(), index: z.number() }) }).nullable(),
  state: z.string(),
  report: z
    .object({ documents: z.array(z.object({ packId: z.string(), documentId: z.string() })).optional() })
    .nullable(),
});
type Reply = z.infer<typeof replySchema>;

const storyReplySchema = z.object({
  question: z.object({ id: z.string(), kind: z.string() }).nullable(),
  quickReplies: z.array(z.object({ id: z.string(), label: z.string() })),
});
type StoryReply = z.infer<typeof storyReplySchema>;

let scratch = '';
let worker: WranglerDev | undefined;
/** The session the walkthrough test answered, for the report test after it. */
let answeredSessionId: string | undefined;

function baseUrl(): string {
  if (worker === undefined) throw new Error('wrangler dev is not running');
  return worker.url;
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl() },
    body: JSON.stringify(body),
  });
}

async function turn(sessionId: string, message: { text: string } | { action: string }): Promise<Reply> {
  const response = await post(`/api/sessions/${sessionId}/messages`, message);
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify({ message, body })).toBe(200);
  return replySchema.parse(body);
}

/** What a user would answer: the first button, or typed text for open questions. */
function firstAnswer(question: NonNullable<Reply['question']>): { text: string } | { action: string } {
  const option = question.options[0];
  if (option !== undefined) return { action: `answer:${question.id}:${String(option.value)}` };
  return { text: question.kind === 'number' ? '3' : 'Licence plate reader' };
}

describe('the built Worker bundle under wrangler dev', () => {
  beforeAll(async () => {
    expect(existsSync(webBuild), 'run `npm run build:web` first (npm run test:workers does)').toBe(true);
    scratch = await mkdtemp(join(tmpdir(), 'raia-worker-bundle-'));
    const script = await buildWorkerBundle(join(scratch, 'bundle'));
    worker = await startWranglerDev({ script, stateDirectory: join(scratch, 'state') });
  }, 240_000);

  afterAll(async () => {
    await worker?.stop();
    if (scratch !== '') await rm(scratch, { recursive: true, force: true });
  });

  it('starts and answers its health check', async () => {
    const response = await fetch(`${baseUrl()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('walks through the first risk section and reads the answers back', async () => {
    const created = await post('/api/sessions', {});
    expect(created.status).toBe(201);
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    answeredSessionId = sessionId;

    let reply = await turn(sessionId, { action: 'start:risk' });
    const firstSection = reply.progress?.section;
    expect(firstSection?.index).toBe(0);
    const answered: string[] = [];
    while (reply.question !== null && reply.progress?.section.id === firstSection?.id) {
      answered.push(reply.question.id);
      reply = await turn(sessionId, firstAnswer(reply.question));
      expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
    }
    expect(answered.length).toBeGreaterThan(2);
    expect(reply.progress?.section.index).toBe(1);

    const view = await fetch(`${baseUrl()}/api/sessions/${sessionId}`);
    expect(view.status).toBe(200);
    const body = z
      .object({
        state: z.string(),
        answers: z.record(z.string(), z.object({ answers: z.record(z.string(), z.unknown()) })),
      })
      .parse(await view.json());
    expect(body.state).toBe('risk.asking');
    expect(Object.keys(body.answers.risk?.answers ?? {}).sort()).toEqual([...answered].sort());
  });

  it('writes the half-finished risk report as a Word file (the docx library runs in workerd)', async () => {
    expect(answeredSessionId, 'the walkthrough test runs first').toBeDefined();
    const response = await fetch(`${baseUrl()}/api/sessions/${answeredSessionId}/report?format=docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment;.*risk-[a-z0-9-]*\d{4}-\d\d-\d\d\.docx/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A .docx is a zip archive: "PK" and a local file header.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  it('walks a risk assessment with the EU AI Act pack and exports its FRIA draft as a Word file', async () => {
    const created = await post('/api/sessions', {});
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    const values = { ...retrospectiveFaceMatching, 'eu-ai-act-applies': 'yes', 'coe-huderia-applies': 'no' };
    let reply = await turn(sessionId, { action: 'start:risk' });
    const asked: string[] = [];
    while (reply.question !== null) {
      asked.push(reply.question.id);
      reply = await turn(sessionId, moveFor(reply.question, values));
      expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
    }
    expect(asked).toContain('eu-post-rbi-authorisation');
    reply = await turn(sessionId, { action: 'submit' });
    expect(reply.state).toBe('risk.completed');
    expect(reply.report?.documents).toContainEqual({
      packId: 'eu-ai-act',
      documentId: 'fria',
    });
    const response = await fetch(
      `${baseUrl()}/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=docx`,
    );
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const json = await fetch(`${baseUrl()}/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=json`);
    const document = z
      .object({ elements: z.array(z.object({ id: z.string(), missing: z.boolean() })) })
      .parse(await json.json());
    expect(document.elements).toHaveLength(6);
  });

  it('keeps a keep-alive connection working after requests whose body the app does not need', async () => {
    // fetch reuses one connection for these sequential requests; an unread body used to break the
    // next request on it with "Your worker restarted mid-request".
    const statuses: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      const created = await post('/api/sessions', {});
      statuses.push(created.status);
      const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
      const refused = await fetch(`${baseUrl()}/api/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: baseUrl() },
        body: 'start:risk',
      });
      statuses.push(refused.status);
      await refused.arrayBuffer();
      const started = await post(`/api/sessions/${sessionId}/messages`, { action: 'start:risk' });
      statuses.push(started.status);
      await started.arrayBuffer();
    }
    expect(statuses).toEqual(Array.from({ length: 8 }, () => [201, 415, 200]).flat());
  });

  it('searches the bundled knowledge base', async () => {
    const response = await fetch(`${baseUrl()}/api/search?q=proportionality`);
    expect(response.status).toBe(200);
    const { hits } = z
      .object({ hits: z.array(z.object({ title: z.string(), snippet: z.string() })) })
      .parse(await response.json());
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => `${hit.title} ${hit.snippet}`.toLowerCase()).join(' ')).toContain(
      'proportional',
    );
  });

  it('serves the chat page through the Worker, with its security headers', async () => {
    const page = await fetch(`${baseUrl()}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
  });

  it('keeps the register in its Durable Object: sign-off, a refused change, a reassessment and its diff', async () => {
    const json = async (response: Response) => {
      const body: unknown = await response.json();
      expect(response.status, JSON.stringify(body)).toBeLessThan(300);
      return body;
    };
    const system = (await json(
      await post('/api/systems', { name: storySystemName, lifecycleStage: 'pilot' }),
    )) as {
      id: string;
    };
    const walk = async (sessionId: string, first: StoryReply, phase: 'first' | 'reassessment') => {
      let reply = first;
      for (let step = 0; step < 120 && reply.question !== null; step += 1)
        reply = storyReplySchema.parse(
          await json(
            await post(
              `/api/sessions/${sessionId}/messages`,
              storyMove(reply.question, reply.quickReplies, phase),
            ),
          ),
        );
      await json(await post(`/api/sessions/${sessionId}/messages`, { action: 'submit' }));
    };
    const started = z
      .object({ sessionId: z.string() })
      .parse(await json(await post(`/api/systems/${system.id}/assessments`, {})));
    const begun = storyReplySchema.parse(
      await json(await post(`/api/sessions/${started.sessionId}/messages`, { action: 'begin' })),
    );
    await walk(started.sessionId, begun, 'first');
    await json(await post(`/api/sessions/${started.sessionId}/sign-off`, { decision: 'approved' }));
    const refused = await post(`/api/sessions/${started.sessionId}/messages`, { action: 'review' });
    expect(refused.status).toBe(409);
    await refused.arrayBuffer();
    const again = z
      .object({ sessionId: z.string(), reply: storyReplySchema })
      .parse(await json(await post(`/api/sessions/${started.sessionId}/reassess`, {})));
    await walk(again.sessionId, again.reply, 'reassessment');
    const diff = z
      .object({ risks: z.array(z.object({ riskId: z.string(), direction: z.string() })) })
      .parse(
        await json(
          await fetch(`${baseUrl()}/api/sessions/${again.sessionId}/diff?against=${started.sessionId}`),
        ),
      );
    expect(diff.risks).toContainEqual(expect.objectContaining({ riskId: risingRisk, direction: 'up' }));
    const listed = z
      .object({ systems: z.array(z.object({ latest: z.object({ sessionId: z.string() }).nullable() })) })
      .parse(await json(await fetch(`${baseUrl()}/api/systems`)));
    expect(listed.systems[0]?.latest?.sessionId).toBe(again.sessionId);
  });
});
