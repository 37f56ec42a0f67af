import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkFrameworkPack } from '../../src/frameworks/check-framework-pack.ts';
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import type { FrameworkPack, Screening } from '../../src/frameworks/framework-pack-schema.ts';
import type { PackInput } from '../../src/frameworks/pack-input.ts';
import {
  type ChecklistOutcome,
  packResultSchema,
  type ScreeningOutcome,
} from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { evaluateCondition } from '../../src/questionnaires/evaluate-condition.ts';
import {
  arbitraryAnsweredIds,
  arbitraryChecklist,
  arbitraryCompleteAnswers,
  arbitraryScreening,
  outcomeIds,
  packOf,
  recordsOf,
  restrict,
} from './arbitrary-packs.ts';

const inputOf = (values: Record<string, AnswerValue>, extra: Partial<PackInput> = {}): PackInput => ({
  answers: recordsOf(values),
  describe: (questionId, value) => `${questionId}=${JSON.stringify(value)}`,
  prompt: (questionId) => questionId,
  ...extra,
});

function screen(pack: FrameworkPack, values: Record<string, AnswerValue>): ScreeningOutcome {
  const [outcome] = evaluatePack(pack, inputOf(values)).assessments;
  if (outcome?.kind !== 'screening') throw new Error('not a screening');
  return outcome;
}

function screeningOf(pack: FrameworkPack): Screening {
  const [screening] = pack.assessments;
  if (screening?.kind !== 'screening') throw new Error('not a screening');
  return screening;
}

const severity = (outcomeId: string | undefined) =>
  outcomeIds.indexOf(outcomeId as (typeof outcomeIds)[number]);
const screeningPack = arbitraryScreening.map((screening) => packOf([screening]));
// Generated packs are small; more runs than the default reach the rarer shapes (open outcomes, overlaps).
const runs = { numRuns: 300 };

describe('evaluatePack properties', () => {
  test.prop([screeningPack, arbitraryCompleteAnswers, arbitraryAnsweredIds], runs)(
    'is deterministic and gives a result of the documented shape',
    (pack, complete, answered) => {
      const values = restrict(complete, answered);
      const result = evaluatePack(pack, inputOf(values));
      expect(packResultSchema.parse(result)).toEqual(result);
      expect(evaluatePack(structuredClone(pack), inputOf(structuredClone(values)))).toEqual(result);
    },
  );

  test.prop([screeningPack, arbitraryCompleteAnswers], runs)(
    'with every question answered, decides on the most severe outcome whose rule holds, else the last',
    (pack, complete) => {
      const answers = recordsOf(complete);
      const holding = screeningOf(pack).rules.filter((rule) => evaluateCondition(rule.when, answers));
      const expected = Math.min(outcomeIds.length - 1, ...holding.map((rule) => severity(rule.outcome)));
      const outcome = screen(pack, complete);
      expect(outcome.outcome?.id).toBe(outcomeIds[expected]);
      expect(new Set(outcome.fired.map((rule) => rule.ruleId))).toEqual(
        new Set(holding.map((rule) => rule.id)),
      );
      expect(outcome.openQuestions).toEqual([]);
    },
  );

  test.prop([screeningPack, arbitraryCompleteAnswers, arbitraryAnsweredIds, arbitraryAnsweredIds], runs)(
    'never changes a decided outcome whatever is answered next, nor, in a pack the checker accepts, a requirement found met or missing',
    (pack, complete, answered, more) => {
      const before = screen(pack, restrict(complete, answered));
      fc.pre(before.outcome !== null);
      const after = screen(pack, restrict(complete, [...answered, ...more]));
      expect(after.outcome).toEqual(before.outcome);
      // A requirement whose two conditions can both hold is refused by the checker, and reads as unknown once they do.
      if (checkFrameworkPack(pack, []).length > 0) return;
      for (const condition of before.conditions) {
        if (condition.status === 'unknown') continue;
        expect(after.conditions.find((candidate) => candidate.id === condition.id)?.status).toBe(
          condition.status,
        );
      }
    },
  );

  test.prop([screeningPack, arbitraryCompleteAnswers, arbitraryAnsweredIds], runs)(
    'leaves an outcome open only for unanswered questions, and answering them decides it, no less severe than what held',
    (pack, complete, answered) => {
      const before = screen(pack, restrict(complete, answered));
      fc.pre(before.outcome === null);
      expect(before.openQuestions.length).toBeGreaterThan(0);
      for (const questionId of before.openQuestions) expect(answered).not.toContain(questionId);
      const after = screen(pack, restrict(complete, [...answered, ...before.openQuestions]));
      expect(after.outcome).not.toBeNull();
      const heldBefore = Math.min(
        outcomeIds.length - 1,
        ...before.fired.map((rule) => severity(rule.outcome)),
      );
      expect(severity(after.outcome?.id)).toBeLessThanOrEqual(heldBefore);
    },
  );

  test.prop([screeningPack, arbitraryCompleteAnswers, arbitraryAnsweredIds], runs)(
    'lists the rules that hold most severe first, each still holding once every question is answered',
    (pack, complete, answered) => {
      const fired = screen(pack, restrict(complete, answered)).fired;
      const severities = fired.map((rule) => severity(rule.outcome));
      expect(severities).toEqual([...severities].sort((left, right) => left - right));
      const firedComplete = screen(pack, complete).fired.map((rule) => rule.ruleId);
      for (const rule of fired) expect(firedComplete).toContain(rule.ruleId);
    },
  );

  test.prop(
    [
      arbitraryChecklist,
      arbitraryCompleteAnswers,
      arbitraryAnsweredIds,
      arbitraryAnsweredIds,
      arbitraryAnsweredIds,
    ],
    runs,
  )(
    'for a pack the checker accepts, never finds an item met and not met at once, and never changes a settled item',
    (checklist, complete, answered, more, closed) => {
      const pack = packOf([checklist]);
      fc.pre(checkFrameworkPack(pack, []).length === 0);
      const evaluate = (ids: readonly string[], extra: Partial<PackInput> = {}): ChecklistOutcome => {
        const [outcome] = evaluatePack(pack, inputOf(restrict(complete, ids), extra)).assessments;
        if (outcome?.kind !== 'checklist') throw new Error('not a checklist');
        return outcome;
      };
      // Questions that can no longer be answered read as unanswered: every state the evaluator can see.
      const settled = evaluate(answered, { isOpen: (questionId) => !closed.includes(questionId) });
      const truthOf = (ref: string) => settled.trace.find((entry) => entry.ref === ref)?.truth;
      for (const item of settled.items)
        expect([truthOf(`item:${item.id}:met-when`), truthOf(`item:${item.id}:not-met-when`)]).not.toEqual([
          'yes',
          'yes',
        ]);
      const before = evaluate(answered);
      const after = evaluate([...answered, ...more]);
      before.items.forEach((item, index) => {
        if (item.status !== 'unknown') expect(after.items[index]?.status).toBe(item.status);
        if (item.applies !== 'maybe') expect(after.items[index]?.applies).toBe(item.applies);
      });
    },
  );

  test.prop([arbitraryChecklist, arbitraryCompleteAnswers, arbitraryAnsweredIds], runs)(
    'makes an item apply only as far as its checklist does',
    (checklist, complete, answered) => {
      const [outcome] = evaluatePack(packOf([checklist]), inputOf(restrict(complete, answered))).assessments;
      if (outcome?.kind !== 'checklist') throw new Error('not a checklist');
      for (const item of outcome.items) {
        if (outcome.applies === 'no') expect(item.applies).toBe('no');
        if (item.applies === 'yes') expect(outcome.applies).toBe('yes');
      }
    },
  );
});
