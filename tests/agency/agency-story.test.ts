import { describe, expect, it } from 'vitest';
import { createRealApp, jsonRequest } from '../server/real-app.ts';
import { raisedQuestion, risingRisk, storyMove, storySystemName } from './story-answers.ts';

const people = {
  owner: { user: 'olivia', token: 'owner-token-0123456789abcdef', roles: 'owner' },
  lead: { user: 'carl', token: 'lead-token-0123456789abcdefgh', roles: 'contributor' },
  dpo: { user: 'dana', token: 'dpo-token-0123456789abcdefghi', roles: 'contributor' },
  reader: { user: 'rita', token: 'reader-token-0123456789abcdef', roles: 'reader' },
  reviewer: { user: 'victor', token: 'reviewer-token-0123456789abc', roles: 'reviewer' },
} as const;
type Person = keyof typeof people;

const accessOn = {
  RAIA_API_TOKENS: Object.values(people)
    .map(({ user, token }) => `police-x:${user}:${token}`)
    .join(','),
  RAIA_ROLES: Object.values(people)
    .map(({ user, roles }) => `police-x:${user}=${roles}`)
    .join(','),
};

type Reply = {
  state: string;
  question: { id: string; kind: string } | null;
  quickReplies: Array<{ id: string; label: string }>;
  messages: Array<{ text: string }>;
};

function storyClient(app: ReturnType<typeof createRealApp>['app'], tokensOn: boolean) {
  const headers = (person: Person): Record<string, string> =>
    tokensOn ? { authorization: `Bearer ${people[person].token}` } : {};
  const call = async (person: Person, method: string, path: string, body?: unknown) => {
    const init: RequestInit =
      body === undefined ? { method, headers: headers(person) } : jsonRequest(method, body, headers(person));
    const response = await app.request(path, init);
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') === true;
    return { status: response.status, json: isJson && text !== '' ? JSON.parse(text) : null, text };
  };
  const ok = async (person: Person, method: string, path: string, body?: unknown) => {
    const response = await call(person, method, path, body);
    if (response.status >= 300)
      throw new Error(`${method} ${path} as ${person}: ${response.status} ${response.text}`);
    return response.json;
  };
  const turn = async (person: Person, sessionId: string, body: { action: string } | { text: string }) =>
    (await ok(person, 'POST', `/api/sessions/${sessionId}/messages`, body)) as Reply;
  /** Answers questions as `person` until `stopAt` is asked (or the walk reaches review). */
  const answerUntil = async (
    person: Person,
    sessionId: string,
    start: Reply,
    phase: 'first' | 'reassessment',
    stopAt?: string,
  ): Promise<Reply> => {
    let reply = start;
    for (let step = 0; step < 120 && reply.question !== null; step += 1) {
      if (reply.question.id === stopAt) return reply;
      reply = await turn(person, sessionId, storyMove(reply.question, reply.quickReplies, phase));
    }
    return reply;
  };
  return { call, ok, turn, answerUntil };
}

describe('the agency story over HTTP', () => {
  it('registers, shares, refuses a reader, signs off, freezes, reassesses after a stage change and shows the rise', async () => {
    const { app } = createRealApp({ environment: accessOn });
    const client = storyClient(app, true);

    // A reader cannot register; the owner can.
    expect((await client.call('reader', 'POST', '/api/systems', { name: storySystemName })).status).toBe(403);
    const system = await client.ok('owner', 'POST', '/api/systems', {
      name: storySystemName,
      purpose: 'Compare suspect images against the custody image database',
      owner: 'Head of the innovation unit',
      sourcing: 'procured',
      vendor: 'Example Vision Ltd',
      lifecycleStage: 'procurement',
    });
    expect(system).toMatchObject({ name: storySystemName, lifecycleStage: 'procurement', status: 'active' });

    // The project lead starts the risk assessment of the system and answers the profile.
    const started = await client.ok('lead', 'POST', '/api/sessions', { systemId: system.id });
    const sessionId: string = started.sessionId;
    let reply = await client.turn('lead', sessionId, { action: 'begin' });
    reply = await client.answerUntil('lead', sessionId, reply, 'first', 'no-legal-basis-applies');

    // The owner asks the DPO to answer the lawfulness part; the card shows who it waits for.
    await client.ok('owner', 'POST', `/api/sessions/${sessionId}/assignments`, {
      questionId: 'no-legal-basis-applies',
      assignee: { id: 'dana', name: 'Dana (DPO)' },
    });
    await client.ok('lead', 'POST', `/api/sessions/${sessionId}/comments`, {
      questionId: 'no-legal-basis-applies',
      text: 'The DPO holds the legal basis analysis.',
    });
    const waiting = await client.turn('dpo', sessionId, { action: 'where-was-i' });
    expect(waiting.messages.map((message) => message.text).join('\n')).toContain(
      'Waiting for **Dana (DPO)**',
    );

    // A reader cannot answer, and nothing is recorded for them.
    const refused = await client.call('reader', 'POST', `/api/sessions/${sessionId}/messages`, {
      action: 'answer:no-legal-basis-applies:no',
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain('reader');

    // The DPO answers the rest and submits.
    reply = await client.answerUntil('dpo', sessionId, waiting, 'first');
    reply = await client.turn('dpo', sessionId, { action: 'submit' });
    expect(reply.state).toBe('risk.completed');

    const view = await client.ok('reader', 'GET', `/api/sessions/${sessionId}`);
    const answers = view.answers.risk.answers;
    expect(answers['system-name'].answeredBy).toMatchObject({ id: 'carl' });
    expect(answers['no-legal-basis-applies'].answeredBy).toMatchObject({ id: 'dana' });
    expect(view.review.assignments).toEqual([]);

    // Only a reviewer signs off; then the assessment is frozen.
    expect(
      (await client.call('lead', 'POST', `/api/sessions/${sessionId}/sign-off`, { decision: 'approved' }))
        .status,
    ).toBe(403);
    const signOff = await client.ok('reviewer', 'POST', `/api/sessions/${sessionId}/sign-off`, {
      decision: 'approved-with-conditions',
      note: 'Review the matching threshold before deployment.',
      signatoryName: 'Victor Reyes',
    });
    expect(signOff).toMatchObject({ decision: 'approved-with-conditions', signatory: { id: 'victor' } });
    expect(signOff.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const change = await client.call('lead', 'POST', `/api/sessions/${sessionId}/messages`, {
      action: 'review',
    });
    expect(change.status).toBe(409);
    expect(change.json.error.message).toMatch(/reassess/i);

    // The system moves to deployment: the register shows the review as due.
    await client.ok('owner', 'PATCH', `/api/systems/${system.id}`, { lifecycleStage: 'deployment' });
    const due = await client.ok('reader', 'GET', '/api/systems?due=true');
    expect(due.systems).toHaveLength(1);
    expect(due.systems[0].due.map((reason: { kind: string }) => reason.kind)).toContain('stage-changed');

    // The reassessment carries answers over (the stage from the register), one risk rises.
    const again = await client.ok('lead', 'POST', `/api/sessions/${sessionId}/reassess`);
    const secondId: string = again.sessionId;
    expect(again.carried).toBeGreaterThan(20);
    reply =
      again.reply.question === null ? await client.turn('lead', secondId, { action: 'begin' }) : again.reply;
    expect(reply.quickReplies[0]?.id).toBe(`carry:keep:${reply.question?.id}`);
    let stage: string | undefined;
    for (let step = 0; step < 120 && reply.question !== null; step += 1) {
      if (reply.question.id === 'lifecycle-stage') stage = reply.quickReplies[0]?.label;
      reply = await client.turn(
        'lead',
        secondId,
        storyMove(reply.question, reply.quickReplies, 'reassessment'),
      );
    }
    expect(stage).toMatch(/deployed/i);
    reply = await client.turn('lead', secondId, { action: 'submit' });
    expect(reply.state).toBe('risk.completed');

    const diff = await client.ok('reader', 'GET', `/api/sessions/${secondId}/diff?against=${sessionId}`);
    expect(diff.risks).toContainEqual(expect.objectContaining({ riskId: risingRisk, direction: 'up' }));
    expect(diff.answers.map((entry: { questionId: string }) => entry.questionId)).toEqual(
      expect.arrayContaining(['lifecycle-stage', raisedQuestion]),
    );

    const signedReport = await client.call('reader', 'GET', `/api/sessions/${sessionId}/report?format=md`);
    expect(signedReport.text).toContain('Victor Reyes');
    expect(signedReport.text).toContain(signOff.contentHash);
    const newReport = await client.call('reader', 'GET', `/api/sessions/${secondId}/report?format=md`);
    expect(newReport.text).toMatch(/Changes since/);
    const rose = diff.risks.find((risk: { riskId: string }) => risk.riskId === risingRisk);
    expect(newReport.text).toContain(`| ${rose.title} | Up | Low | High |`);

    const listed = await client.ok('reader', 'GET', `/api/systems/${system.id}`);
    expect(listed.assessments.map((link: { sessionId: string }) => link.sessionId)).toEqual([
      sessionId,
      secondId,
    ]);
    expect(listed.assessments[1].reassessmentOf).toBe(sessionId);
    const audit = await client.ok('reader', 'GET', `/api/systems/${system.id}/audit`);
    expect(audit.register.map((entry: { event: string }) => entry.event)).toEqual(
      expect.arrayContaining(['system-registered', 'stage-changed', 'assessment-linked']),
    );
    expect(JSON.stringify(audit)).not.toContain('The DPO holds the legal basis analysis.');
  });

  it('lets the one local user do the whole story with access control off', async () => {
    const { app } = createRealApp();
    const client = storyClient(app, false);
    const system = await client.ok('owner', 'POST', '/api/systems', {
      name: storySystemName,
      lifecycleStage: 'pilot',
    });
    const started = await client.ok('owner', 'POST', `/api/systems/${system.id}/assessments`);
    const sessionId: string = started.sessionId;
    let reply = await client.turn('owner', sessionId, { action: 'begin' });
    reply = await client.answerUntil('owner', sessionId, reply, 'first');
    reply = await client.turn('owner', sessionId, { action: 'submit' });
    const signed = await client.ok('owner', 'POST', `/api/sessions/${sessionId}/sign-off`, {
      decision: 'approved',
      signatoryName: 'Sam Local',
    });
    expect(signed.signatory).toMatchObject({ name: 'Sam Local' });
    expect(
      (await client.call('owner', 'POST', `/api/sessions/${sessionId}/messages`, { action: 'review' }))
        .status,
    ).toBe(409);
    await client.ok('owner', 'PATCH', `/api/systems/${system.id}`, { lifecycleStage: 'deployment' });
    const again = await client.ok('owner', 'POST', `/api/sessions/${sessionId}/reassess`);
    reply =
      again.reply.question === null
        ? await client.turn('owner', again.sessionId, { action: 'begin' })
        : again.reply;
    for (let step = 0; step < 120 && reply.question !== null; step += 1)
      reply = await client.turn(
        'owner',
        again.sessionId,
        storyMove(reply.question, reply.quickReplies, 'reassessment'),
      );
    await client.turn('owner', again.sessionId, { action: 'submit' });
    const diff = await client.ok(
      'owner',
      'GET',
      `/api/sessions/${again.sessionId}/diff?against=${sessionId}`,
    );
    expect(diff.risks).toContainEqual(expect.objectContaining({ riskId: risingRisk, direction: 'up' }));
    const list = await client.ok('owner', 'GET', '/api/systems');
    expect(list.systems[0]).toMatchObject({ latest: { sessionId: again.sessionId, state: 'completed' } });
  });
});
