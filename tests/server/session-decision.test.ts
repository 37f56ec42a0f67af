import { describe, expect, it } from 'vitest';
import { answerUntilReview, send } from '../conversation/assistant-fixture.ts';
import { postJson, readError } from './create-test-app.ts';
import { bearer, createRealApp } from './real-app.ts';

const people = {
  lead: { user: 'carl', token: 'lead-token-0123456789abcdefgh', roles: 'contributor' },
  reader: { user: 'rita', token: 'reader-token-0123456789abcdef', roles: 'reader' },
} as const;

const accessOn = {
  RAIA_API_TOKENS: Object.values(people)
    .map(({ user, token }) => `police-x:${user}:${token}`)
    .join(','),
  RAIA_ROLES: Object.values(people)
    .map(({ user, roles }) => `police-x:${user}=${roles}`)
    .join(','),
};

/** A session of the lead's organisation with the risk questionnaire started, and a way to finish it. */
async function leadSession() {
  const { app, assistant } = createRealApp({ environment: accessOn });
  const created = await app.request('/api/sessions', { method: 'POST', headers: bearer(people.lead.token) });
  expect(created.status).toBe(201);
  const { sessionId } = (await created.json()) as { sessionId: string };
  const first = await send(assistant, sessionId, { action: 'start:risk' });
  const complete = async () => {
    await answerUntilReview(assistant, sessionId, first);
    expect((await send(assistant, sessionId, { action: 'submit' })).state).toBe('risk.completed');
  };
  const decide = (person: keyof typeof people, body: unknown) =>
    postJson(app, `/api/sessions/${sessionId}/decision`, body, bearer(people[person].token));
  return { sessionId, complete, decide };
}

describe('POST /api/sessions/:id/decision', () => {
  it('records the decision with 201 and says who decided', async () => {
    const { complete, decide } = await leadSession();
    await complete();
    const response = await decide('lead', { decision: 'rescope', reasons: '  Pilot in one district only. ' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      decision: 'rescope',
      reasons: 'Pilot in one district only.',
      decidedBy: { id: 'carl' },
      at: expect.any(String),
    });
  });

  it('refuses a reader, who may not answer, with 403', async () => {
    const { complete, decide } = await leadSession();
    await complete();
    const response = await decide('reader', { decision: 'proceed' });
    expect(response.status).toBe(403);
  });

  it('answers bad input with 400 naming the field', async () => {
    const { complete, decide } = await leadSession();
    await complete();
    const unknownDecision = await decide('lead', { decision: 'maybe' });
    expect(unknownDecision.status).toBe(400);
    expect(await readError(unknownDecision)).toMatchObject({ code: 'bad-request', field: 'decision' });
    const longReasons = await decide('lead', { decision: 'rescope', reasons: 'x'.repeat(4001) });
    expect(longReasons.status).toBe(400);
    expect(await readError(longReasons)).toMatchObject({ field: 'reasons' });
    const badQuestionnaire = await decide('lead', { decision: 'proceed', questionnaireId: 'Risk!' });
    expect(await readError(badQuestionnaire)).toMatchObject({ field: 'questionnaireId' });
    const extra = await decide('lead', { decision: 'proceed', signature: 'x' });
    expect(extra.status).toBe(400);
    const noReasons = await decide('lead', { decision: 'do-not-deploy' });
    expect(noReasons.status).toBe(400);
    expect(await readError(noReasons)).toMatchObject({ code: 'bad-request', field: 'reasons' });
  });

  it('answers 409 for an assessment not completed yet', async () => {
    const { decide } = await leadSession();
    const response = await decide('lead', { decision: 'proceed' });
    expect(response.status).toBe(409);
    expect((await readError(response)).message).toMatch(/not completed yet/);
  });
});
