import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaires/answers.ts';
import { riskResultSchema } from '../../src/scoring/result-schema.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { answeredAt, answersOf, loaded, riskFixtureInput, unsure } from './fixtures.ts';

const definition = loaded(riskFixtureInput());

function risk(answers: Answers, riskId: string) {
  const found = scoreRisk(definition, answers).risks.find((entry) => entry.riskId === riskId);
  if (found === undefined) throw new Error(`no risk ${riskId}`);
  return found;
}

const baseline = answersOf({
  'system-name': 'Finder',
  sensitive: 'no',
  'r1-applies': 'yes',
  'r1-likelihood': 2,
  'r1-severity': 3,
  'r1-mitigation': 'some',
  'r3-likelihood': 3,
  'r3-severity': unsure,
  'r3-mitigation': unsure,
});

describe('scoreRisk', () => {
  it('rates risks through the matrix and lowers them by mitigation (hand-computed)', () => {
    const result = scoreRisk(definition, baseline);
    const [r1, r2, r3] = result.risks;
    // r1: matrix[L2][S3] = red, "some" lowers one level: amber.
    expect([r1?.inherentLevel?.id, r1?.residualLevel?.id]).toEqual(['red', 'amber']);
    expect(r1?.trace.map((entry) => entry.rule)).toEqual([
      'risk.applicability',
      'risk.likelihood',
      'risk.severity',
      'risk.mitigation',
      'risk.matrix',
      'risk.residual',
    ]);
    expect(r2?.applicable).toBe('not-relevant');
    expect(r2?.assessed).toBe(false);
    // r3: unsure severity = worst (3); matrix[L3][S3] = red; unsure mitigation = no reduction.
    expect(r3?.severity).toEqual({ value: 3, label: 'S3', index: 2, unsure: true });
    expect([r3?.inherentLevel?.id, r3?.residualLevel?.id]).toEqual(['red', 'red']);
    expect(r3?.flags).toEqual(['severity-unsure', 'mitigation-unsure']);
    expect(result.ranking).toEqual(['r3', 'r1']);
    expect(result.highestResidualLevel).toEqual({ id: 'red', label: 'Red', rank: 2 });
    expect(result.thresholds).toEqual({
      action: { id: 'amber', label: 'Amber', rank: 1 },
      atStake: { id: 'amber', label: 'Amber', rank: 1 },
    });
    expect(result.principlesAtStake).toEqual([
      { principle: 'fairness', riskIds: ['r3'], count: 1, weight: 2 },
      { principle: 'lawfulness', riskIds: ['r1'], count: 1, weight: 1 },
    ]);
    expect(result.suggestedActions.map((action) => [action.riskId, action.text, action.passages])).toEqual([
      ['r3', 'Act on three', []],
      ['r1', 'Act on one', ['risk-mitigation']],
    ]);
    expect(result.openItems.map((item) => [item.questionId, item.reason])).toEqual([
      ['r3-severity', 'unsure'],
      ['r3-mitigation', 'unsure'],
    ]);
    expect(riskResultSchema.parse(result)).toEqual(result);
  });

  it('never lowers a level below the lowest one', () => {
    const strong = { ...baseline, 'r1-mitigation': { value: 'strong', answeredAt } };
    expect(risk(strong, 'r1').residualLevel?.id).toBe('green');
    const mild = {
      ...strong,
      'r1-likelihood': { value: 1, answeredAt },
      'r1-severity': { value: 3, answeredAt },
    };
    // matrix[L1][S3] = amber (rank 1), minus 2 levels stops at green (rank 0).
    expect(risk(mild, 'r1').residualLevel).toEqual({ id: 'green', label: 'Green', rank: 0 });
  });

  it('does not assess a risk that does not apply, even with old answers kept', () => {
    const r1 = risk({ ...baseline, 'r1-applies': { value: 'no', answeredAt } }, 'r1');
    expect([r1.applicable, r1.assessed, r1.inherentLevel, r1.residualLevel]).toEqual([
      'no',
      false,
      null,
      null,
    ]);
    expect(r1.trace).toHaveLength(1);
  });

  it('assesses a risk whose applicability is unsure, and flags it', () => {
    const r1 = risk({ ...baseline, 'r1-applies': { value: unsure, answeredAt } }, 'r1');
    expect([r1.applicable, r1.assessed, r1.residualLevel?.id]).toEqual(['unsure', true, 'amber']);
    expect(r1.flags).toContain('applicability-unsure');
  });

  it('shows the conditional risk only when its profile condition holds', () => {
    const sensitive = answersOf({
      sensitive: 'yes',
      'r2-applies': 'yes',
      'r2-likelihood': 1,
      'r2-severity': 1,
    });
    const r2 = risk(sensitive, 'r2');
    expect([r2.applicable, r2.inherentLevel?.id, r2.mitigation?.status]).toEqual([
      'yes',
      'green',
      'unanswered',
    ]);
    expect(r2.flags).toEqual(['mitigation-unanswered']);
  });

  it('leaves a risk unrated while likelihood or severity is unanswered and lists what is missing', () => {
    const result = scoreRisk(definition, answersOf({ 'r1-applies': 'yes', 'r1-likelihood': 3 }));
    const r1 = result.risks[0];
    expect([r1?.assessed, r1?.likelihood?.value, r1?.severity, r1?.inherentLevel]).toEqual([
      true,
      3,
      null,
      null,
    ]);
    expect(result.highestResidualLevel).toBeNull();
    expect(result.openItems.map((item) => item.questionId)).toEqual([
      'system-name',
      'sensitive',
      'r1-severity',
      'r1-mitigation',
      'r3-likelihood',
      'r3-severity',
      'r3-mitigation',
    ]);
    expect(result.completeness).toEqual({
      risks: 3,
      notRelevant: 1,
      notApplicable: 0,
      awaitingApplicability: 0,
      assessed: 2,
      rated: 0,
    });
  });

  it('rates a confirmed answer that a model proposed like any other', () => {
    const proposed = { ...baseline, 'r1-likelihood': { value: 3, answeredAt, proposedByModel: true } };
    const r1 = risk(proposed, 'r1');
    expect([r1.likelihood?.value, r1.inherentLevel?.id]).toEqual([3, 'red']);
  });

  it('accepts thresholds by level id and refuses unknown ones', () => {
    const result = scoreRisk(definition, baseline, { actionThreshold: 'red', atStakeThreshold: 'red' });
    expect(result.suggestedActions.map((action) => action.riskId)).toEqual(['r3']);
    expect(result.principlesAtStake.map((entry) => entry.principle)).toEqual(['fairness']);
    expect(() => scoreRisk(definition, baseline, { actionThreshold: 'purple' })).toThrow(
      'unknown risk level "purple"',
    );
  });
});
