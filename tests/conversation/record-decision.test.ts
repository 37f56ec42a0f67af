import { describe, expect, it } from 'vitest';
import { assessmentContentHash } from '../../src/conversation/content-hash.ts';
import { type AuditEntry, auditEntrySchema, sessionDataSchema } from '../../src/conversation/session-data.ts';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { completedSession, contributor, reviewer, signedSession, storedState } from './review-fixture.ts';

const decidedAt = '2026-02-02T14:30:00.000Z';
const reasons = 'Only with a second officer checking every match, as the policy requires.';

/** The stored blob and audit log, read through their schemas. */
async function stored(store: Parameters<typeof storedState>[0], sessionId: string) {
  const { data, log } = await storedState(store, sessionId);
  return { data: sessionDataSchema.parse(data), audit: auditEntrySchema.array().parse(log.audit) };
}

function withAudits() {
  const audits: AuditEntry[][] = [];
  const created = createTestAssistant({ onAudit: (_id, entries) => audits.push([...entries]) });
  return { ...created, audits };
}

describe('recordDecision (assistant.recordDecision)', () => {
  it('records the decision, the trimmed reasons, who and when, and audits it without the reasons', async () => {
    const { assistant, store, audits } = withAudits();
    const sessionId = await completedSession(assistant, 'risk');
    const recorded = await assistant.recordDecision(sessionId, {
      decision: 'proceed-with-conditions',
      reasons: `  ${reasons}\n `,
      actor: contributor,
      at: decidedAt,
    });
    if (!recorded.success) throw recorded.error;
    expect(recorded.data).toEqual({
      decision: 'proceed-with-conditions',
      reasons,
      decidedBy: contributor,
      at: decidedAt,
    });
    expect(audits.at(-1)).toEqual([
      {
        at: decidedAt,
        actor: contributor,
        questionnaireId: 'risk',
        questionId: null,
        event: 'decision-recorded',
      },
    ]);
    const { data, audit } = await stored(store, sessionId);
    expect(data.decisions).toEqual({ risk: recorded.data });
    // The audit trail says who decided when; what they wrote stays in the session only.
    expect(JSON.stringify(audit)).not.toContain('second officer');
  });

  it('replaces an earlier decision with a new one and audits it again', async () => {
    const { assistant, store, audits } = withAudits();
    const sessionId = await completedSession(assistant, 'risk');
    const first = await assistant.recordDecision(sessionId, {
      decision: 'rescope',
      reasons: 'Limit the pilot to one district.',
      actor: contributor,
      at: decidedAt,
    });
    expect(first.success).toBe(true);
    const later = '2026-02-09T09:00:00.000Z';
    const second = await assistant.recordDecision(sessionId, {
      questionnaireId: 'risk',
      decision: 'proceed',
      reasons: '',
      actor: reviewer,
      at: later,
    });
    if (!second.success) throw second.error;
    const { data, audit } = await stored(store, sessionId);
    expect(data.decisions).toEqual({
      risk: { decision: 'proceed', reasons: '', decidedBy: reviewer, at: later },
    });
    const decisionAudits = audit.filter((entry) => entry.event === 'decision-recorded');
    expect(decisionAudits.map((entry) => [entry.at, entry.actor?.id])).toEqual([
      [decidedAt, contributor.id],
      [later, reviewer.id],
    ]);
    expect(audits.flat().filter((entry) => entry.event === 'decision-recorded')).toHaveLength(2);
  });

  it('records a decision made without signing in as decided by no one named', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'risk');
    const recorded = await assistant.recordDecision(sessionId, {
      decision: 'proceed',
      reasons: '  ',
      at: decidedAt,
    });
    if (!recorded.success) throw recorded.error;
    expect(recorded.data).toEqual({ decision: 'proceed', reasons: '', decidedBy: null, at: decidedAt });
  });

  it('refuses every decision but proceed without reasons, saying so and saving nothing', async () => {
    const { assistant, store } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'risk');
    const before = await storedState(store, sessionId);
    for (const decision of ['proceed-with-conditions', 'rescope', 'do-not-deploy'] as const) {
      const refused = await assistant.recordDecision(sessionId, { decision, reasons: ' \n ', at: decidedAt });
      expect(refused.success).toBe(false);
      if (refused.success) continue;
      expect(refused.error.code).toBe('bad-request');
      expect(refused.error.message).toMatch(/needs its reasons/);
    }
    const tooLong = await assistant.recordDecision(sessionId, {
      decision: 'do-not-deploy',
      reasons: 'x'.repeat(4001),
      at: decidedAt,
    });
    expect(tooLong).toMatchObject({ success: false, error: { code: 'bad-request' } });
    if (!tooLong.success) expect(tooLong.error.message).toContain('at most 4,000 characters');
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('refuses a risk questionnaire still in progress with conflict, saving nothing', async () => {
    const { assistant, store } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { action: 'begin' });
    const before = await storedState(store, sessionId);
    const refused = await assistant.recordDecision(sessionId, {
      decision: 'proceed',
      reasons: '',
      at: decidedAt,
    });
    expect(refused).toMatchObject({ success: false, error: { code: 'conflict' } });
    if (!refused.success)
      expect(refused.error.message).toMatch(/is not completed yet, so no decision can be recorded/);
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('refuses a questionnaire that is not a risk assessment, or one not started, with conflict', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'readiness');
    const readiness = await assistant.recordDecision(sessionId, {
      decision: 'proceed',
      reasons: '',
      at: decidedAt,
    });
    expect(readiness).toMatchObject({ success: false, error: { code: 'conflict' } });
    if (!readiness.success) expect(readiness.error.message).toMatch(/at the end of a risk assessment/);
    const notStarted = await assistant.recordDecision(sessionId, {
      questionnaireId: 'risk',
      decision: 'proceed',
      reasons: '',
      at: decidedAt,
    });
    expect(notStarted).toMatchObject({ success: false, error: { code: 'conflict' } });
    if (!notStarted.success) expect(notStarted.error.message).toMatch(/has not been started in this session/);
  });

  it('refuses a signed-off assessment with conflict: the decision is part of what was signed', async () => {
    const { assistant, store } = createTestAssistant();
    const { sessionId } = await signedSession(assistant, 'risk');
    const before = await storedState(store, sessionId);
    const refused = await assistant.recordDecision(sessionId, {
      decision: 'do-not-deploy',
      reasons: 'Changed our mind.',
      at: decidedAt,
    });
    expect(refused).toMatchObject({ success: false, error: { code: 'conflict' } });
    if (!refused.success)
      expect(refused.error.message).toMatch(/signed off on 3 February 2026.*part of what was signed/);
    expect(await storedState(store, sessionId)).toEqual(before);
  });

  it('puts the decision into the sign-off hash, recomputable from the JSON report', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'risk');
    const recorded = await assistant.recordDecision(sessionId, {
      decision: 'proceed-with-conditions',
      reasons,
      actor: contributor,
      at: decidedAt,
    });
    if (!recorded.success) throw recorded.error;
    const signed = await assistant.signOff(sessionId, {
      decision: 'approved',
      note: '',
      role: 'reviewer',
      actor: reviewer,
      at: '2026-02-03T10:15:00.000Z',
    });
    if (!signed.success) throw signed.error;
    const report = await assistant.report(sessionId, { format: 'json' });
    if (!report.success) throw report.error;
    const parsed = parseReportJson(String(report.data.body));
    if (!parsed.success) throw new Error(parsed.error);
    const { record, answers, notes, result } = parsed.data;
    if (parsed.data.decision === undefined || parsed.data.decision === null) throw new Error('no decision');
    const { decision, reasons: printed, decidedBy, at } = parsed.data.decision;
    const content = {
      definitionId: record.questionnaire.id,
      version: record.questionnaire.version,
      answers,
      notes,
      result,
    };
    expect(
      await assessmentContentHash({ ...content, decision: { decision, reasons: printed, decidedBy, at } }),
    ).toBe(signed.data.contentHash);
    expect(await assessmentContentHash(content)).not.toBe(signed.data.contentHash);
  });

  it('shows the decision on the completed card, or invites one, and drops the line once signed', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'risk');
    const cardText = async () =>
      (await send(assistant, sessionId, { action: 'where-was-i' })).messages
        .map((message) => message.text)
        .join('\n');
    expect(await cardText()).toContain('No decision is recorded yet.');
    await assistant.recordDecision(sessionId, {
      decision: 'proceed-with-conditions',
      reasons: 'Second check of *every* match',
      at: decidedAt,
    });
    expect(await cardText()).toContain(
      'Decision: Proceed with conditions — Second check of \\*every\\* match',
    );
    await assistant.signOff(sessionId, { decision: 'approved', note: '', role: 'reviewer', actor: reviewer });
    expect(await cardText()).not.toMatch(/Decision:|No decision is recorded/);
  });

  it('gives the register the decision and its time, never the reasons', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'risk');
    const before = await assistant.summarizeAssessment(sessionId);
    expect(before).toMatchObject({ success: true, data: { decision: null } });
    await assistant.recordDecision(sessionId, { decision: 'rescope', reasons, at: decidedAt });
    const after = await assistant.summarizeAssessment(sessionId);
    if (!after.success) throw after.error;
    expect(after.data.decision).toEqual({ decision: 'rescope', at: decidedAt });
  });

  it('withdraws the decision when the assessment is reopened, in the same save, audited', async () => {
    const { assistant, store } = withAudits();
    const sessionId = await completedSession(assistant, 'risk');
    const recorded = await assistant.recordDecision(sessionId, {
      decision: 'rescope',
      reasons,
      at: decidedAt,
    });
    if (!recorded.success) throw recorded.error;
    // Results only read the completed assessment: the decision stands.
    await send(assistant, sessionId, { action: 'results' });
    expect((await stored(store, sessionId)).data.decisions).toEqual({ risk: recorded.data });
    // "Change answers" reopens it: the answers may now change, so the decision no longer stands.
    await send(assistant, sessionId, { action: 'review' });
    const { data, audit } = await stored(store, sessionId);
    expect(data.decisions).toEqual({});
    expect(audit.at(-1)).toMatchObject({
      questionnaireId: 'risk',
      questionId: null,
      event: 'decision-cleared',
    });
  });

  it('keeps an imported decision as the file’s claim, and the report says so', async () => {
    const { assistant } = withAudits();
    const sessionId = await completedSession(assistant, 'risk');
    const recorded = await assistant.recordDecision(sessionId, {
      decision: 'do-not-deploy',
      reasons,
      at: decidedAt,
    });
    if (!recorded.success) throw recorded.error;
    const exported = await assistant.exportSession(sessionId);
    if (!exported.success) throw exported.error;
    const imported = await assistant.importSession(JSON.parse(JSON.stringify(exported.data)));
    if (!imported.success) throw imported.error;
    const copy = await assistant.exportSession(imported.data.sessionId);
    if (!copy.success) throw copy.error;
    expect(copy.data.session.data.decisions).toEqual({ risk: { ...recorded.data, imported: true } });
    const report = await assistant.report(imported.data.sessionId, { format: 'md' });
    if (!report.success) throw report.error;
    expect(String(report.data.body)).toContain(
      'as the imported file records it; RAIA did not see it decided',
    );
  });
});
