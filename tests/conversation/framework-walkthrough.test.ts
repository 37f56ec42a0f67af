import { describe, expect, it } from 'vitest';
import {
  documentTranslation,
  liveFaceIdentification,
  liveFaceIdentificationForCrowds,
  retrospectiveFaceMatching,
  without,
} from '../frameworks/eu-ai-act-profiles.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { createPackedTestAssistant, moveFor, walkToReview } from './framework-fixture.ts';
import {
  euOn,
  euResult,
  jsonReport,
  missingConditions,
  outcomeOf,
  packQuestions,
  screeningOf,
  submitted,
} from './framework-session-fixture.ts';

describe('a risk walkthrough with the EU AI Act pack asked about (the default)', () => {
  it('asks the opt-in after the system profile, then the pack questions the profile calls for, the Toolkit risks, and the FRIA questions last', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { asked } = await submitted(assistant, { ...liveFaceIdentification, ...euOn });
    const optIn = asked.indexOf('eu-ai-act-applies');
    expect(asked.slice(0, optIn)).toEqual([
      'system-name',
      'system-purpose',
      'lifecycle-stage',
      'sourcing',
      'data-types',
      'affected-groups',
      'autonomy',
      'system-owner',
    ]);
    expect(asked[optIn + 1]).toBe('eu-remote-identification');
    const firstToolkitRisk = asked.indexOf('no-legal-basis-applies');
    const early = asked.slice(optIn + 1, firstToolkitRisk);
    expect(early.length).toBeGreaterThan(20);
    const friaQuestions = (ids: readonly string[]) => ids.filter((id) => /^eu-fria-[a-z]+-/.test(id));
    expect(early.filter((id) => !id.startsWith('eu-'))).toEqual([]);
    expect(friaQuestions(early)).toEqual([]);
    // The FRIA's own questions build on the rated risks, so the pack asks them after the Toolkit's.
    const lastToolkitRisk = Math.max(...asked.map((id, index) => (id.endsWith('-applies') ? index : -1)));
    expect(asked.slice(lastToolkitRisk + 1)).toEqual([
      'eu-fria-process-description',
      'eu-fria-period-and-frequency',
      'eu-fria-oversight-arrangements',
      'eu-fria-measures',
      'eu-fria-complaint-mechanism',
    ]);
  });

  it('yields "allowed only under conditions" for live public-space face identification for a listed purpose, with the authorisation, FRIA and registration missing', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...liveFaceIdentification, ...euOn });
    const result = await euResult(assistant, sessionId);
    expect(screeningOf(result, 'prohibited-practices').outcome?.id).toBe('conditional');
    expect(missingConditions(result)).toEqual(['prior-authorisation', 'fria-completed', 'use-registered']);
  });

  it('yields "prohibited" when the objective is none of the three', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...liveFaceIdentificationForCrowds, ...euOn });
    expect(screeningOf(await euResult(assistant, sessionId), 'prohibited-practices').outcome?.id).toBe(
      'prohibited',
    );
  });

  it('yields high-risk with the 26(10) duties for retrospective face matching, and a FRIA with all six elements', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, {
      ...retrospectiveFaceMatching,
      ...euOn,
      'eu-fria-process-description': 'Analysts search CCTV footage seized in a case.',
      'biometric-misidentification-applies': 'yes',
      'biometric-misidentification-likelihood': 3,
      'biometric-misidentification-severity': 5,
      'biometric-misidentification-mitigation': 'partial',
    });
    const result = await euResult(assistant, sessionId);
    expect(screeningOf(result, 'high-risk').outcome?.id).toBe('high-risk');
    const duties = outcomeOf(result, 'deployer-duties');
    if (duties.kind !== 'checklist') throw new Error('deployer-duties is not a checklist');
    const applying = duties.items.filter((item) => item.applies === 'yes').map((item) => item.id);
    expect(applying).toEqual(
      expect.arrayContaining(['post-identification-authorisation', 'post-identification-targeted-only']),
    );
    const fria = outcomeOf(result, 'fria');
    if (fria.kind !== 'document') throw new Error('fria is not a document');
    expect(fria.elements.map((element) => element.id)).toEqual([
      'processes',
      'period-and-frequency',
      'affected-people',
      'risks-of-harm',
      'human-oversight',
      'measures-and-complaints',
    ]);
    const byId = new Map(fria.elements.map((element) => [element.id, element]));
    expect(byId.get('processes')?.missing).toBe(false);
    expect(byId.get('period-and-frequency')?.missing).toBe(true);
    expect(byId.get('risks-of-harm')?.risks.map((risk) => risk.riskId)).toEqual([
      'biometric-misidentification',
    ]);
  });

  it('yields "not concerned" and not high-risk for a document-translation tool, asking one pack question', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId, asked } = await submitted(assistant, { ...documentTranslation, ...euOn });
    expect(packQuestions(asked)).toEqual(['eu-ai-literacy']);
    const result = await euResult(assistant, sessionId);
    expect(screeningOf(result, 'prohibited-practices').outcome?.id).toBe('not-concerned');
    expect(screeningOf(result, 'high-risk').outcome?.id).toBe('not-high-risk');
  });

  it('asks nothing more of an agency that answers no, and reports no framework', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId, asked } = await submitted(assistant, {
      ...without(documentTranslation, ['eu-ai-literacy']),
      'eu-ai-act-applies': 'no',
    });
    expect(asked).toContain('eu-ai-act-applies');
    expect(packQuestions(asked)).toEqual([]);
    expect((await jsonReport(assistant, sessionId)).frameworks).toBeUndefined();
  });
});

describe('a deployment that sets RAIA_FRAMEWORK_PACKS', () => {
  it('applies a named pack without asking, and says so', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act');
    const { sessionId, asked } = await submitted(assistant, liveFaceIdentification);
    expect(asked).not.toContain('eu-ai-act-applies');
    expect(asked).toContain('eu-remote-identification');
    const report = await jsonReport(assistant, sessionId);
    const frameworks = report.frameworks as Array<{ appliedBy: string }>;
    expect(frameworks.map((framework) => framework.appliedBy)).toEqual(['organisation']);
  });

  it('with "none" asks no opt-in and no pack question', async () => {
    const { assistant } = createPackedTestAssistant('none');
    const { asked } = await submitted(assistant, documentTranslation);
    expect(asked.filter((id) => id.startsWith('eu-') || id.startsWith('coe-'))).toEqual([]);
  });
});

describe('pack answers are kept like every other answer', () => {
  it('resumes a walkthrough with its pack after a restart, on the store alone', async () => {
    const first = createPackedTestAssistant('eu-ai-act:ask');
    const sessionId = await newSession(first.assistant);
    let reply = await send(first.assistant, sessionId, { action: 'start:risk' });
    // Up to the first pack question, then the process "restarts": a new assistant on the same store.
    while (reply.question !== null && reply.question.id !== 'eu-public-spaces') {
      reply = await send(
        first.assistant,
        sessionId,
        moveFor(reply.question, { ...liveFaceIdentification, ...euOn }),
      );
    }
    const { assistant } = createTestAssistant({ store: first.store, questionnaires: first.questionnaires });
    const resumed = await send(assistant, sessionId, { action: 'where-was-i' });
    expect(resumed.question?.id).toBe('eu-public-spaces');
    const { reply: review } = await walkToReview(assistant, sessionId, resumed, {
      ...liveFaceIdentification,
      ...euOn,
    });
    expect(review.state).toBe('risk.review');
    await send(assistant, sessionId, { action: 'submit' });
    expect(screeningOf(await euResult(assistant, sessionId), 'prohibited-practices').outcome?.id).toBe(
      'conditional',
    );
  });

  it('keeps a session begun without packs as it was when the deployment turns them on', async () => {
    const before = createTestAssistant();
    const sessionId = await newSession(before.assistant);
    const started = await send(before.assistant, sessionId, { action: 'start:risk' });
    const { questionnaires } = createPackedTestAssistant('eu-ai-act:ask');
    const later = createTestAssistant({ store: before.store, questionnaires });
    const { asked } = await walkToReview(later.assistant, sessionId, started, documentTranslation);
    expect(asked).not.toContain('eu-ai-act-applies');
    expect(asked.filter((id) => id.startsWith('eu-'))).toEqual([]);
  });

  it('hides the pack questions and drops the pack from the report when the opt-in is changed to no', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...documentTranslation, ...euOn });
    expect((await jsonReport(assistant, sessionId)).frameworks).toHaveLength(1);
    await send(assistant, sessionId, { action: 'review' });
    const editing = await send(assistant, sessionId, { action: 'edit:eu-ai-act-applies' });
    expect(editing.question?.id).toBe('eu-ai-act-applies');
    let reply = await send(assistant, sessionId, { action: 'answer:eu-ai-act-applies:no' });
    if (reply.quickReplies.some((quick) => quick.id === 'change:confirm'))
      reply = await send(assistant, sessionId, { action: 'change:confirm' });
    expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
    const report = await jsonReport(assistant, sessionId);
    const answers = report.answers as Array<{ questionId: string; answer: string }> | undefined;
    expect(JSON.stringify(answers)).toContain('eu-ai-act-applies');
    expect(report.frameworks).toBeUndefined();
  });
});
