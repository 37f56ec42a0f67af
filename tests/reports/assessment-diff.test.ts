import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { assessmentDiffSchema } from '../../src/reports/assessment-diff.ts';
import { type DiffSide, diffAssessments } from '../../src/reports/diff-assessments.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { completedRiskBundle, halfFinishedRiskBundle, readinessGoldenBundle } from './golden-fixtures.ts';

const registry = createDefaultQuestionnaireRegistry();
const answeredAt = '2027-03-01T09:00:00.000Z';

function definition(id: string, version: string): Questionnaire {
  const found = registry.get(id, version);
  if (found === undefined) throw new Error(`no built-in ${id} v${version}`);
  return found;
}

/** One side, scored for real by the definition's own rules. */
function side(sessionId: string, questionnaire: Questionnaire, answers: Answers): DiffSide {
  const result =
    questionnaire.scoring.kind === 'risk'
      ? scoreRisk(questionnaire, answers)
      : scoreReadiness(questionnaire, answers);
  return { definition: questionnaire, answers, result, sessionId };
}

function fromBundle(sessionId: string, bundle: ReportBundle, questionnaire = bundle.definition): DiffSide {
  return side(sessionId, questionnaire, bundle.answers);
}

/** The bundle's answers with some replaced (a value) or removed (undefined). */
function changed(answers: Answers, changes: Record<string, AnswerValue | undefined>): Answers {
  const next: Answers = { ...answers };
  for (const [questionId, value] of Object.entries(changes)) {
    if (value === undefined) delete next[questionId];
    else next[questionId] = { value, answeredAt };
  }
  return next;
}

describe('diffAssessments', () => {
  it('shows a risk whose level rose, and the answers that made it rise, in words', () => {
    const signed = completedRiskBundle();
    const before = fromBundle('signed', signed);
    const after = side(
      'reassessed',
      signed.definition,
      changed(signed.answers, { 'harmful-errors-likelihood': 5, 'harmful-errors-mitigation': 'none' }),
    );
    const diff = diffAssessments(before, after);
    expect(assessmentDiffSchema.parse(diff)).toEqual(diff);
    expect(diff.before).toEqual({ sessionId: 'signed', version: '3' });
    expect(diff.after).toEqual({ sessionId: 'reassessed', version: '3' });
    // Likely × serious is very high; partial safeguards took it one level down, none take it nowhere.
    expect(diff.risks).toEqual([
      {
        riskId: 'harmful-errors',
        title: expect.any(String),
        direction: 'up',
        before: { id: 'high', label: 'High', rank: 2 },
        after: { id: 'very-high', label: 'Very high', rank: 3 },
      },
    ]);
    expect(
      diff.answers.map(({ questionId, change, before: was, after: is }) => [questionId, change, was, is]),
    ).toEqual([
      ['harmful-errors-likelihood', 'changed', '4 (Likely)', '5 (Almost certain)'],
      ['harmful-errors-mitigation', 'changed', 'Some safeguards are in place', 'No safeguards yet'],
    ]);
    expect(diff.openItems).toEqual({ opened: [], closed: [] });
  });

  it('lists nothing when the same answers are compared', () => {
    const bundle = completedRiskBundle();
    const diff = diffAssessments(fromBundle('a', bundle), fromBundle('b', bundle));
    expect(diff.answers).toEqual([]);
    expect(diff.risks).toEqual([]);
    expect(diff.overall.before).toEqual(diff.overall.after);
  });

  it('puts risks that rose or appeared before those that fell or went', () => {
    const bundle = completedRiskBundle();
    const after = side(
      'b',
      bundle.definition,
      changed(bundle.answers, {
        // Down: substantial safeguards instead of partial ones.
        'biased-outcomes-mitigation': 'substantial',
        // Gone: no longer applies.
        'missing-records-applies': 'no',
        // New: applies now, rated unlikely and serious.
        'opaque-outputs-applies': 'yes',
        'opaque-outputs-likelihood': 2,
        'opaque-outputs-severity': 4,
        // Up: no safeguards any more.
        'function-creep-mitigation': 'none',
      }),
    );
    const diff = diffAssessments(fromBundle('a', bundle), after);
    expect(diff.risks.map((risk) => [risk.riskId, risk.direction])).toEqual([
      ['function-creep', 'up'],
      ['opaque-outputs', 'new'],
      ['biased-outcomes', 'down'],
      ['missing-records', 'gone'],
    ]);
    const gone = diff.risks.find((risk) => risk.riskId === 'missing-records');
    expect(gone?.after).toBeNull();
    expect(gone?.before).not.toBeNull();
    // The answers hidden once the risk stopped applying no longer count: they are listed as removed.
    expect(diff.answers.find((answer) => answer.questionId === 'missing-records-likelihood')).toMatchObject({
      change: 'removed',
      after: null,
    });
    expect(diff.answers.find((answer) => answer.questionId === 'opaque-outputs-severity')).toMatchObject({
      change: 'added',
      before: null,
      after: '4 (Serious)',
    });
  });

  it('compares across versions by question id: an answer to a question the later version adds is added', () => {
    const completed = completedRiskBundle();
    const { 'system-owner': _owner, ...onVersion2 } = completed.answers;
    const before = side('signed-on-v2', definition('risk', '2'), onVersion2);
    const after = fromBundle('on-v3', completed);
    const diff = diffAssessments(before, after);
    expect(diff.before.version).toBe('2');
    expect(diff.after.version).toBe('3');
    expect(diff.answers).toEqual([
      {
        questionId: 'system-owner',
        prompt: expect.any(String),
        change: 'added',
        before: null,
        after: 'Head of Digital Forensics, Det. Supt. R. Okafor',
      },
    ]);
    expect(diff.risks).toEqual([]);
  });

  it('lists the answer to a question the later version dropped as removed, with its earlier prompt', () => {
    const completed = completedRiskBundle();
    const withoutOwner = structuredClone(definition('risk', '3'));
    withoutOwner.version = '4';
    for (const section of withoutOwner.sections)
      section.questions = section.questions.filter((question) => question.id !== 'system-owner');
    const diff = diffAssessments(fromBundle('v3', completed), side('v4', withoutOwner, completed.answers));
    expect(diff.answers).toEqual([
      {
        questionId: 'system-owner',
        prompt: definition('risk', '3').sections[0]?.questions.find(
          (question) => question.id === 'system-owner',
        )?.prompt,
        change: 'removed',
        before: 'Head of Digital Forensics, Det. Supt. R. Okafor',
        after: null,
      },
    ]);
  });

  it('lists open items closed by the later assessment and those it opened', () => {
    const half = fromBundle('half', halfFinishedRiskBundle());
    const done = fromBundle('done', completedRiskBundle());
    const forward = diffAssessments(half, done);
    expect(forward.openItems.opened).toEqual([]);
    expect(forward.openItems.closed.map((item) => item.questionId)).toEqual(
      expect.arrayContaining(['sourcing', 'autonomy']),
    );
    const backward = diffAssessments(done, half);
    expect(backward.openItems.opened).toEqual(forward.openItems.closed);
    expect(backward.openItems.closed).toEqual([]);
  });

  it('gives a readiness assessment its overall level before and after, and no risks', () => {
    const bundle = readinessGoldenBundle();
    const scaled = Object.fromEntries(
      Object.entries(bundle.answers).map(([questionId, record]) => [
        questionId,
        typeof record.value === 'number' ? { ...record, value: 4 } : record,
      ]),
    );
    const diff = diffAssessments(fromBundle('first', bundle), side('second', bundle.definition, scaled));
    expect(diff.risks).toEqual([]);
    const { overall } = diff;
    expect(overall.before).toEqual({
      id: bundle.result.kind === 'readiness' ? bundle.result.overall.level.id : '',
      label: bundle.result.kind === 'readiness' ? bundle.result.overall.level.label : '',
    });
    expect(overall.after?.id).not.toBe(overall.before?.id);
    expect(diff.answers.find((answer) => answer.questionId === 'ai-register')).toMatchObject({
      change: 'changed',
      after: expect.stringMatching(/^4 /),
    });
  });

  it('refuses to compare two different questionnaires', () => {
    expect(() =>
      diffAssessments(
        fromBundle('risk', completedRiskBundle()),
        fromBundle('readiness', readinessGoldenBundle()),
      ),
    ).toThrow(/cannot compare questionnaire "risk" with "readiness"/);
  });
});
