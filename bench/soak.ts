/**
 * `npm run bench:soak`: 500 simulated users (SOAK_USERS) each complete the readiness questionnaire
 * at once against the real server (its own process, SQLite in a temporary directory, rate limit
 * raised), answering with a random quick reply from each reply. Then every session is read back:
 * its answers must equal what its user sent (none lost), each message must appear once in its
 * transcript (none duplicated), and no request may have failed with 5xx. Figures are printed next
 * to a plain GET /healthz load from the same run. Not a test: speed lives in bench/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { z } from 'zod';
import { startServerProcess } from './start-server-process.ts';

const users = Number(process.env.SOAK_USERS ?? 500);
const deadline = Date.now() + Number(process.env.SOAK_TIMEOUT_SECONDS ?? 600) * 1000;

const replySchema = z.object({
  question: z.object({ id: z.string(), kind: z.string() }).nullable(),
  quickReplies: z.array(z.object({ id: z.string() })),
  state: z.string(),
});
const viewSchema = z.object({
  answers: z.record(
    z.string(),
    z.object({ answers: z.record(z.string(), z.object({ value: z.unknown() })) }),
  ),
  transcript: z.array(z.object({ role: z.string() })),
});

const latencies: number[] = [];
const failures = { serverErrors: 0, otherErrors: 0 };

async function request(url: string, init: RequestInit = {}): Promise<unknown> {
  if (Date.now() > deadline) throw new Error('soak deadline passed');
  const started = performance.now();
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
  });
  latencies.push(performance.now() - started);
  if (response.status >= 500) failures.serverErrors += 1;
  else if (!response.ok) failures.otherErrors += 1;
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}

/** One user: a session, the readiness questionnaire answered at random, then submitted. */
async function simulateUser(baseUrl: string, user: number) {
  const { sessionId } = z
    .object({ sessionId: z.string() })
    .parse(await request(`${baseUrl}/api/sessions`, { method: 'POST' }));
  const sent = new Map<string, string>();
  let messages = 0;
  const send = async (body: { text: string } | { action: string }) => {
    messages += 1;
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, messageId: `u${user}-m${messages}` }),
    };
    return replySchema.parse(await request(`${baseUrl}/api/sessions/${sessionId}/messages`, init));
  };
  let reply = await send({ action: 'start:readiness' });
  if (reply.question === null && reply.quickReplies.some((quickReply) => quickReply.id === 'begin'))
    reply = await send({ action: 'begin' });
  for (let turn = 0; turn < 200 && reply.question !== null; turn += 1) {
    const question = reply.question;
    const options = reply.quickReplies.filter((quickReply) =>
      quickReply.id.startsWith(`answer:${question.id}:`),
    );
    const choice = options[Math.floor(Math.random() * options.length)];
    if (choice !== undefined) {
      sent.set(question.id, choice.id.slice(`answer:${question.id}:`.length));
      reply = await send({ action: choice.id });
    } else {
      const text = question.kind === 'number' ? String(user % 50) : `Soak user ${user} on ${question.id}`;
      sent.set(question.id, text);
      reply = await send({ text });
    }
  }
  await send({ action: 'submit' });
  return { sessionId, sent, messages };
}

async function verify(baseUrl: string, run: Awaited<ReturnType<typeof simulateUser>>) {
  const view = viewSchema.parse(await request(`${baseUrl}/api/sessions/${run.sessionId}`));
  const stored = view.answers.readiness?.answers ?? {};
  const lost = [...run.sent].filter(
    ([questionId, value]) => String(stored[questionId]?.value) !== value,
  ).length;
  const extra = Object.keys(stored).filter((questionId) => !run.sent.has(questionId)).length;
  const userTurns = view.transcript.filter((entry) => entry.role === 'user').length;
  return {
    lost,
    extra,
    duplicated: Math.max(0, userTurns - run.messages),
    missingTurns: Math.max(0, run.messages - userTurns),
  };
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

const dataDirectory = mkdtempSync(join(tmpdir(), 'raia-soak-'));
const server = await startServerProcess(dataDirectory);
try {
  const health = await autocannon({ url: `${server.url}/healthz`, connections: 100, duration: 5 });
  const started = performance.now();
  const runs = await Promise.all(Array.from({ length: users }, (_, user) => simulateUser(server.url, user)));
  const seconds = (performance.now() - started) / 1000;
  const turnLatencies = [...latencies];
  const checks = await Promise.all(runs.map((run) => verify(server.url, run)));
  const total = (key: keyof (typeof checks)[number]) => checks.reduce((sum, check) => sum + check[key], 0);
  const summary = {
    users,
    requests: turnLatencies.length,
    seconds: Number(seconds.toFixed(1)),
    throughputPerSecond: Math.round(turnLatencies.length / seconds),
    turnP50Ms: Number(percentile(turnLatencies, 0.5).toFixed(1)),
    turnP99Ms: Number(percentile(turnLatencies, 0.99).toFixed(1)),
    healthzPerSecond: Math.round(health.requests.average),
    healthzP99Ms: health.latency.p99,
    lostAnswers: total('lost'),
    unexpectedAnswers: total('extra'),
    duplicatedTurns: total('duplicated'),
    missingTurns: total('missingTurns'),
    serverErrors: failures.serverErrors,
    otherErrors: failures.otherErrors,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const clean =
    summary.lostAnswers +
      summary.unexpectedAnswers +
      summary.duplicatedTurns +
      summary.missingTurns +
      summary.serverErrors ===
    0;
  process.exitCode = clean ? 0 : 1;
} finally {
  server.child.kill('SIGTERM');
  rmSync(dataDirectory, { recursive: true, force: true });
}
