import { describe, expect, it } from 'vitest';
import { assessmentContentHash } from '../../src/conversation/content-hash.ts';
import type { AuditEntry } from '../../src/conversation/session-data.ts';
import { localSignatory } from '../../src/conversation/sign-off-assessment.ts';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { completedSession, contributor, reviewer, signedSession, storedState } from './review-fixture.ts';

const signedAt = '2026-02-03T10:15:00.000Z';

describe('signOffAssessment (assistant.signOff)', () => {
  it('records the decision, the signatory, the role, the time and the hash of what was signed', async () => {
    const audits: AuditEntry[][] = [];
    const { assistant } = createTestAssistant({ onAudit: (_id, entries) => audits.push([...entries]) });
    const sessionId = await completedSession(assistant, 'risk');
    const signed = await assistant.signOff(sessionId, {
      decision: 'approved',
      note: '  Fine as it stands.  ',
      role: 'reviewer',
      actor: reviewer,
      at: signedAt,
    });
    if (!signed.success) throw signed.error;
    expect(signed.data).toEqual({
      questionnaireId: 'risk',
      decision: 'approved',
      note: 'Fine as it stands.',
      signatory: reviewer,
      role: 'reviewer',
      at: signedAt,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      definitionId: 'risk',
      version: expect.any(String),
    });
    expect(audits.at(-1)).toEqual([
      { at: signedAt, actor: reviewer, questionnaireId: 'risk', questionId: null, event: 'signed-off' },
    ]);
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.review.signOffs).toEqual({ risk: signed.data });
  });

  it('hashes exactly what the JSON report carries, so a filed report can be checked against it', async () => {
    const { assistant } = createTestAssistant();
    const { sessionId, signOff } = await signedSession(assistant);
    const report = await assistant.report(sessionId, { format: 'json' });
    if (!report.success) throw report.error;
    const parsed = parseReportJson(String(report.data.body));
    if (!parsed.success) throw new Error(parsed.error);
    const { record, answers, notes, result } = parsed.data;
    const recomputed = await assessmentContentHash({
      definitionId: record.questionnaire.id,
      version: record.questionnaire.version,
      answers,
      notes,
      result,
    });
    expect(recomputed).toBe(signOff.contentHash);
    // …and the report prints the sign-off it checks against.
    expect(parsed.data.signOff[1]).toMatchObject({
      name: 'Chief Insp. Ada Okafor',
      role: 'reviewer',
      date: '3 February 2026, 10:15 UTC',
      signed: { signatoryId: 'user-okafor', decision: 'approved-with-conditions', contentHash: recomputed },
    });
    const markdown = await assistant.report(sessionId, { format: 'md' });
    if (!markdown.success) throw markdown.error;
    expect(String(markdown.data.body)).toContain(`- Content hash: ${signOff.contentHash}`);
  });

  it('refuses a questionnaire still in progress, saving nothing, and says what to do', async () => {
    const { assistant, store } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:readiness' });
    await send(assistant, sessionId, { text: 'yes' });
    const before = await storedState(store, sessionId);
    const refused = await assistant.signOff(sessionId, {
      decision: 'approved',
      note: '',
      role: 'reviewer',
      actor: reviewer,
    });
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toBe(
      'The Organizational readiness for responsible AI is not completed yet, so it cannot be signed off. Answer its remaining questions and submit it at the review step, then sign it off.',
    );
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('refuses a second sign-off of the same questionnaire', async () => {
    const { assistant, store } = createTestAssistant();
    const { sessionId } = await signedSession(assistant);
    const before = await storedState(store, sessionId);
    const again = await assistant.signOff(sessionId, {
      decision: 'rejected',
      note: 'Changed my mind',
      role: 'reviewer',
      actor: contributor,
    });
    expect(again.success).toBe(false);
    if (again.success) return;
    expect(again.error.code).toBe('conflict');
    expect(again.error.message).toBe(
      'This assessment was already signed off on 3 February 2026, 10:15 UTC by Chief Insp. Ada Okafor (approved with conditions); it is signed off once. To assess the system again, start a reassessment.',
    );
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('refuses a session with no questionnaire, one not started, and conditions without a note', async () => {
    const { assistant } = createTestAssistant();
    const empty = await newSession(assistant);
    const none = await assistant.signOff(empty, { decision: 'approved', note: '', role: 'reviewer' });
    expect(none.success ? undefined : none.error.code).toBe('bad-request');
    const sessionId = await completedSession(assistant, 'readiness');
    const notStarted = await assistant.signOff(sessionId, {
      questionnaireId: 'risk',
      decision: 'approved',
      note: '',
      role: 'reviewer',
    });
    expect(notStarted.success ? undefined : notStarted.error.message).toBe(
      'The "risk" questionnaire has not been started in this session, so there is nothing to sign off yet.',
    );
    const unknown = await assistant.signOff(sessionId, {
      questionnaireId: 'dpia',
      decision: 'approved',
      note: '',
      role: 'reviewer',
    });
    expect(unknown.success ? undefined : unknown.error.message).toBe(
      'There is no questionnaire called "dpia".',
    );
    const conditions = await assistant.signOff(sessionId, {
      decision: 'approved-with-conditions',
      note: '   ',
      role: 'reviewer',
    });
    expect(conditions.success ? undefined : conditions.error.message).toBe(
      'Approving with conditions needs the conditions: write them in the note.',
    );
    const noRole = await assistant.signOff(sessionId, { decision: 'approved', note: '', role: ' ' });
    expect(noRole.success ? undefined : noRole.error.message).toBe(
      'Say in which role the assessment is signed off, for example "reviewer".',
    );
    const long = await assistant.signOff(sessionId, {
      decision: 'rejected',
      note: 'x'.repeat(4001),
      role: 'reviewer',
    });
    expect(long.success ? undefined : long.error.message).toBe(
      'A sign-off note can be at most 4,000 characters; this one has 4,001.',
    );
  });

  it('names the local user as signatory when nobody is signed in (access control off)', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await completedSession(assistant);
    const signed = await assistant.signOff(sessionId, { decision: 'approved', note: '', role: 'reviewer' });
    if (!signed.success) throw signed.error;
    expect(signed.data.signatory).toEqual(localSignatory);
  });

  it('clears the signed questionnaire’s open assignments: nobody can answer them any more', async () => {
    const audits: AuditEntry[][] = [];
    const { assistant } = createTestAssistant({ onAudit: (_id, entries) => audits.push([...entries]) });
    const sessionId = await completedSession(assistant);
    const assigned = await assistant.assignQuestion(sessionId, {
      questionId: 'ethics-board',
      assignee: { id: 'user-dpo' },
      actor: contributor,
    });
    if (!assigned.success) throw assigned.error;
    const signed = await assistant.signOff(sessionId, {
      decision: 'approved',
      note: '',
      role: 'reviewer',
      actor: reviewer,
      at: signedAt,
    });
    if (!signed.success) throw signed.error;
    const summary = await assistant.summarizeAssessment(sessionId);
    if (!summary.success) throw summary.error;
    expect(summary.data.waiting).toBe(0);
    expect(audits.at(-1)?.map((entry) => [entry.event, entry.questionId])).toEqual([
      ['signed-off', null],
      ['assignment-cleared', 'ethics-board'],
    ]);
  });
});

/** A promise and the function that settles it: a gate the test opens when it chooses. */
function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('signOffAssessment across processes', () => {
  it('freezes against a change another process computed before the sign-off landed', async () => {
    const shared = createMemorySessionStore();
    const reachedSave = deferred();
    const openSave = deferred();
    let holding = false;
    // Process A's view of the store: its next save waits at the gate, as a slow process would.
    const gatedStore: SessionStore = {
      ...shared,
      save: async (id, data, options) => {
        if (holding) {
          holding = false;
          reachedSave.resolve();
          await openSave.promise;
        }
        return shared.save(id, data, options);
      },
    };
    const processA = createTestAssistant({ store: gatedStore }).assistant;
    const processB = createTestAssistant({ store: shared }).assistant;
    const sessionId = await completedSession(processA);
    holding = true;
    const change = processA.handleTurn({ sessionId, action: 'edit:ai-strategy' });
    await reachedSave.promise;
    const signed = await processB.signOff(sessionId, { decision: 'approved', note: '', role: 'reviewer' });
    expect(signed.success).toBe(true);
    const before = await storedState(shared, sessionId);
    openSave.resolve();
    const refused = await change;
    expect(refused.success ? undefined : refused.error.code).toBe('conflict');
    expect(refused.success ? undefined : refused.error.message).toContain('so it can no longer change');
    expect(await storedState(shared, sessionId)).toEqual(before);
  });
});
