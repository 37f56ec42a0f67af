import { describe, expect, it } from 'vitest';
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import { type ChecklistOutcome, checklistOutcomeSchema } from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { fixturePack, inputOf, unsure } from './fixture-packs.ts';

function checklist(values: Record<string, AnswerValue>): ChecklistOutcome {
  return checklistOutcomeSchema.parse(evaluatePack(fixturePack(), inputOf(values)).assessments[1]);
}

const statuses = (outcome: ChecklistOutcome) =>
  outcome.items.map(({ id, applies, status }) => [id, applies, status]);

describe('evaluatePack: checklist', () => {
  it('marks each item met, not met or unknown from the answers', () => {
    expect(
      statuses(
        checklist({ biometric: 'yes', 'real-time': 'yes', 'logs-kept': 'yes', 'two-person-check': 'no' }),
      ),
    ).toEqual([
      ['keep-logs', 'yes', 'met'],
      ['two-person-verification', 'yes', 'not-met'],
    ]);
    expect(statuses(checklist({ biometric: 'yes', 'real-time': 'yes', 'logs-kept': unsure }))).toEqual([
      ['keep-logs', 'yes', 'unknown'],
      ['two-person-verification', 'yes', 'unknown'],
    ]);
  });

  it('reads "I don\'t know" the way the item\'s conditions say: here, not confirmed by two people is not met', () => {
    expect(
      checklist({ biometric: 'yes', 'real-time': 'yes', 'two-person-check': unsure }).items[1]?.status,
    ).toBe('not-met');
  });

  it('says whether the checklist applies, and each item only as far as its checklist does', () => {
    const open = checklist({ 'real-time': 'yes' });
    expect(open.applies).toBe('maybe');
    expect(open.items.map((item) => item.applies)).toEqual(['maybe', 'maybe']);
    const not = checklist({ biometric: 'no', 'real-time': 'yes', 'logs-kept': 'yes' });
    expect(not.applies).toBe('no');
    expect(statuses(not)).toEqual([
      ['keep-logs', 'no', 'met'],
      ['two-person-verification', 'no', 'unknown'],
    ]);
    const partly = checklist({ biometric: 'yes', 'real-time': 'no' });
    expect(partly.items.map((item) => item.applies)).toEqual(['yes', 'no']);
  });

  it('keeps each duty with its citation and what to do', () => {
    const [item] = checklist({}).items;
    expect(item?.duty).toEqual({ text: 'Keep the logs for six months.', cites: ['act:26(6)'] });
    expect(item?.action).toBe('Keep the logs for at least six months.');
  });

  it("traces the checklist's and every item's conditions", () => {
    const outcome = checklist({ biometric: 'yes', 'logs-kept': 'no' });
    expect(outcome.trace.map(({ ref, truth }) => [ref, truth])).toEqual([
      ['applies-when', 'yes'],
      ['item:keep-logs:met-when', 'no'],
      ['item:keep-logs:not-met-when', 'yes'],
      ['item:two-person-verification:applies-when', 'maybe'],
      ['item:two-person-verification:met-when', 'maybe'],
      ['item:two-person-verification:not-met-when', 'maybe'],
    ]);
    expect(outcome.trace[2]?.read).toEqual([{ questionId: 'logs-kept', value: 'no' }]);
  });

  it('never claims an item met when its conditions contradict each other (a pack the checker refuses)', () => {
    const pack = fixturePack();
    const assessment = pack.assessments[1];
    if (assessment?.kind !== 'checklist') throw new Error('fixture changed');
    assessment.items[0] = { ...assessment.items[0]!, notMetWhen: { question: 'logs-kept', answered: true } };
    const outcome = checklistOutcomeSchema.parse(
      evaluatePack(pack, inputOf({ 'logs-kept': 'yes' })).assessments[1],
    );
    expect(outcome.items[0]?.status).toBe('unknown');
  });
});
