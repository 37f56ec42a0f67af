import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { type AuditEntry, sessionDataSchema } from '../../src/conversation/session-data.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { createTestAssistant } from './assistant-fixture.ts';
import { assessor, owner, reassessed, signedRiskSession, systemId } from './reassess-fixture.ts';
import { completedSession } from './review-fixture.ts';

/** The assistant of the same store after an agency installed risk version 4 (see each test). */
function withVersion4(store: SessionStore, change: (version4: ReturnType<typeof latestRisk>) => void) {
  const version4 = structuredClone(latestRisk());
  version4.version = '4';
  change(version4);
  return createAssistant({
    store,
    questionnaires: createDefaultQuestionnaireRegistry([version4]),
    knowledgeBase: loadBuiltInKnowledgeBase(),
  });
}

function latestRisk() {
  const risk = createDefaultQuestionnaireRegistry().latest('risk');
  if (risk === undefined) throw new Error('no built-in risk questionnaire');
  return risk;
}

describe('reassess (assistant.reassess)', () => {
  it('starts a new session of the same system and owner at the first question, its signed answer to keep', async () => {
    const audits: AuditEntry[][] = [];
    const { assistant, store } = createTestAssistant({
      onAudit: (_id, entries) => audits.push([...entries]),
    });
    const signed = await signedRiskSession(assistant);
    const started = await reassessed(assistant, signed);

    expect(started.sessionId).not.toBe(signed);
    expect(started.dropped).toEqual([]);
    expect(started.carried).toBeGreaterThan(40);
    const { reply } = started;
    expect(reply.state).toBe('risk.asking');
    expect(reply.question?.id).toBe('system-name');
    expect(reply.quickReplies[0]).toEqual({ id: 'carry:keep:system-name', label: 'Keep: A test answer' });
    expect(reply.messages[0]?.text).toContain(
      'This reassessment starts from the assessment signed on 3 February 2026.',
    );
    expect(reply.messages[0]?.text).toContain(`${started.carried} answers were carried over`);
    expect(reply.messages[1]?.text).toContain(
      'Carried over from the assessment signed on 3 February 2026: **“A test answer”**. Keep it, or answer again.',
    );
    // Carried answers are not answers: nothing is counted yet.
    expect(reply.progress?.answered).toBe(0);

    const systemOf = await assistant.systemOf(started.sessionId);
    expect(systemOf).toEqual({ success: true, data: systemId });
    expect(await assistant.ownerOf(started.sessionId)).toEqual({ success: true, data: owner });
    const view = await assistant.getSession(started.sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.version).toBe('3');
    expect(view.data.answers.risk?.answers).toEqual({});
    const stored = await store.loadLog(started.sessionId);
    const reassessmentEntry = {
      at: '2026-06-01T09:00:00.000Z',
      actor: assessor,
      questionnaireId: 'risk',
      questionId: null,
      event: 'reassessment-started',
    };
    expect(stored?.audit).toEqual([reassessmentEntry]);
    expect(audits.at(-1)).toEqual([reassessmentEntry]);
  });

  it('refuses an assessment that was not signed off, and creates no session', async () => {
    const { assistant, store } = createTestAssistant();
    const sessionId = await completedSession(assistant, 'risk');
    const before = await store.list();
    const refused = await assistant.reassess(sessionId, { owner, actor: assessor });
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toMatch(/has not been signed off/);
    expect(await store.list()).toEqual(before);
  });

  it('answers not-found for a session that does not exist', async () => {
    const { assistant } = createTestAssistant();
    const refused = await assistant.reassess('no-such-session', { owner });
    expect(refused.success ? undefined : refused.error.code).toBe('not-found');
  });

  it('starts on the newest version and lists as dropped what it no longer asks or accepts', async () => {
    const { assistant, store } = createTestAssistant();
    const signed = await signedRiskSession(assistant);
    // Version 4 asks no system owner and no longer offers the first life-cycle stage.
    const later = withVersion4(store, (version4) => {
      const [profile] = version4.sections;
      if (profile === undefined) throw new Error('no first section');
      profile.questions = profile.questions.filter((question) => question.id !== 'system-owner');
      const stage = profile.questions.find((question) => question.id === 'lifecycle-stage');
      if (stage?.kind !== 'single') throw new Error('no single-choice life-cycle stage');
      stage.options = stage.options.filter((option) => option.value !== 'decision');
    });
    const started = await reassessed(later, signed);
    expect(started.dropped).toEqual(['lifecycle-stage', 'system-owner']);
    const intro = started.reply.messages[0]?.text ?? '';
    expect(intro).toContain('Reassessment: ');
    expect(intro).toContain('(version 4)');
    expect(intro).toContain('starts from the assessment signed on 3 February 2026 (version 3)');
    expect(intro).toContain(
      '2 earlier answers were not carried over, because version 4 no longer asks the question or no longer accepts that answer:',
    );
    const stored = await store.load(started.sessionId);
    expect(stored?.data).toMatchObject({
      carriedOver: {
        fromSessionId: signed,
        fromVersion: '3',
        toVersion: '4',
        signedAt: '2026-02-03T10:15:00.000Z',
      },
    });

    // An override that fits the newer version takes the dropped answer's place.
    const overridden = await reassessed(later, signed, { 'lifecycle-stage': 'pilot' });
    expect(overridden.dropped).toEqual(['system-owner']);
  });

  it('replaces a carried answer with an override that fits, and ignores one that does not', async () => {
    const { assistant, store } = createTestAssistant();
    const signed = await signedRiskSession(assistant);
    const started = await reassessed(assistant, signed, {
      'lifecycle-stage': 'pilot',
      sourcing: 'bought-at-a-fair',
      'no-such-question': 'yes',
    });
    const stored = await store.load(started.sessionId);
    const answers = sessionDataSchema.parse(stored?.data).carriedOver?.answers ?? {};
    expect(answers['lifecycle-stage']).toEqual({
      value: 'pilot',
      answeredAt: '2026-06-01T09:00:00.000Z',
      overridden: true,
    });
    expect(answers.sourcing).toMatchObject({ value: 'in-house' });
    expect(answers).not.toHaveProperty('no-such-question');
  });

  it('refuses a named questionnaire the session has not signed off', async () => {
    const { assistant } = createTestAssistant();
    const signed = await signedRiskSession(assistant);
    const refused = await assistant.reassess(signed, { owner, questionnaireId: 'readiness' });
    expect(refused.success ? undefined : refused.error.code).toBe('conflict');
    expect(refused.success ? undefined : refused.error.message).toContain(
      'no signed-off "readiness" assessment',
    );
  });
});
