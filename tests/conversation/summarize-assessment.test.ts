import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { completedSession, signedSession } from './review-fixture.ts';

/** A memory store that counts reads of the log (the transcript), which a summary must not need. */
function countingStore() {
  const inner = createMemorySessionStore();
  const counts = { loadLog: 0 };
  const store: SessionStore = {
    ...inner,
    loadLog: (id) => {
      counts.loadLog += 1;
      return inner.loadLog(id);
    },
  };
  return { store, counts };
}

describe('summarizeAssessment (assistant.summarizeAssessment)', () => {
  it('summarises a signed risk assessment from the blob alone: level, open items, sign-off', async () => {
    const { store, counts } = countingStore();
    const { assistant } = createTestAssistant({ store });
    const { sessionId, signOff } = await signedSession(assistant, 'risk');
    const before = counts.loadLog;
    const summary = await assistant.summarizeAssessment(sessionId);
    if (!summary.success) throw summary.error;
    expect(counts.loadLog).toBe(before);
    const report = await assistant.report(sessionId, { format: 'json' });
    if (!report.success) throw report.error;
    const parsed = parseReportJson(String(report.data.body));
    if (!parsed.success || parsed.data.result.kind !== 'risk') throw new Error('no risk report');
    const { result } = parsed.data;
    const highestInherent = result.risks
      .flatMap((risk) => (risk.inherentLevel === null ? [] : [risk.inherentLevel]))
      .sort((left, right) => right.rank - left.rank)[0];
    expect(summary.data).toEqual({
      sessionId,
      questionnaireId: 'risk',
      version: signOff.version,
      state: 'signed-off',
      level: result.highestResidualLevel ?? highestInherent ?? null,
      openItems: result.openItems.length,
      waiting: 0,
      signOff,
      decision: null,
      frameworks: [],
      documents: [],
      updatedAt: expect.any(String),
    });
    expect(summary.data.level).not.toBeNull();
  });

  it('tells not started, in progress and completed apart, and counts the questions waiting', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const notStarted = await assistant.summarizeAssessment(sessionId, 'readiness');
    if (!notStarted.success) throw notStarted.error;
    expect(notStarted.data).toMatchObject({ state: 'not-started', level: null, waiting: 0, signOff: null });
    expect(notStarted.data.openItems).toBeGreaterThan(0);
    await send(assistant, sessionId, { action: 'start:readiness' });
    await send(assistant, sessionId, { text: 'yes' });
    await assistant.assignQuestion(sessionId, { questionId: 'ethics-board', assignee: { id: 'user-dpo' } });
    const inProgress = await assistant.summarizeAssessment(sessionId);
    if (!inProgress.success) throw inProgress.error;
    expect(inProgress.data).toMatchObject({ questionnaireId: 'readiness', state: 'in-progress', waiting: 1 });
    expect(inProgress.data.level).toEqual({ id: 'initial', label: 'Initial', rank: 0 });
    const completed = await completedSession(assistant, 'readiness');
    const done = await assistant.summarizeAssessment(completed);
    if (!done.success) throw done.error;
    expect(done.data).toMatchObject({ state: 'completed', openItems: 0, signOff: null });
    expect(done.data.level?.id).toEqual(expect.any(String));
  });

  it('refuses a session that has not started any questionnaire when none is named', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const summary = await assistant.summarizeAssessment(sessionId);
    expect(summary.success ? undefined : summary.error.code).toBe('bad-request');
    const missing = await assistant.summarizeAssessment('no-such-session');
    expect(missing.success ? undefined : missing.error.code).toBe('not-found');
  });
});

describe('systemOf (assistant.systemOf)', () => {
  it('gives the system a session was created for, else null', async () => {
    const { assistant } = createTestAssistant();
    const created = await assistant.createSession({ systemId: 'system-cctv' });
    if (!created.success) throw created.error;
    expect(await assistant.systemOf(created.data.sessionId)).toEqual({ success: true, data: 'system-cctv' });
    expect(await assistant.systemOf(await newSession(assistant))).toEqual({ success: true, data: null });
  });
});
