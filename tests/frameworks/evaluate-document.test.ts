import { describe, expect, it } from 'vitest';
import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import type { PackInput } from '../../src/frameworks/pack-input.ts';
import { type DocumentOutcome, documentOutcomeSchema } from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { answeredAt, fixturePack, inputOf, unsure } from './fixture-packs.ts';

function draft(values: Record<string, AnswerValue>, extra: Partial<PackInput> = {}): DocumentOutcome {
  return documentOutcomeSchema.parse(evaluatePack(fixturePack(), inputOf(values, extra)).assessments[2]);
}

const missing = (outcome: DocumentOutcome) => outcome.elements.map(({ id, missing }) => [id, missing]);

describe('evaluatePack: document', () => {
  it('marks every element missing when nothing fills it', () => {
    const outcome = draft({});
    expect(missing(outcome)).toEqual([
      ['processes', true],
      ['period', true],
      ['risks', true],
      ['groups', true],
    ]);
    expect(
      outcome.elements.every((element) => element.entries.length === 0 && element.risks.length === 0),
    ).toBe(true);
  });

  it("fills an element with the answers of its questions, in the pack's order, with their prompts and notes", () => {
    const notes = {
      processes: { text: 'Used by the fraud unit only.', kind: 'note' as const, at: answeredAt },
    };
    const outcome = draft({ purpose: 'suspect', processes: 'Fraud investigations' }, { notes });
    expect(outcome.elements[0]).toEqual({
      id: 'processes',
      heading: { text: 'Processes', cites: ['act:27(1)(a)'] },
      entries: [
        {
          questionId: 'processes',
          prompt: 'prompt of processes',
          answer: 'processes="Fraud investigations"',
          note: 'Used by the fraud unit only.',
        },
        { questionId: 'purpose', prompt: 'prompt of purpose', answer: 'purpose="suspect"', note: null },
      ],
      risks: [],
      missing: false,
    });
    expect(missing(outcome).map(([, isMissing]) => isMissing)).toEqual([false, true, true, true]);
  });

  it('shows "I don\'t know" but still marks the element missing', () => {
    const element = draft({ period: unsure }, { describe: () => "I don't know" }).elements[1];
    expect(element?.entries.map((entry) => entry.answer)).toEqual(["I don't know"]);
    expect(element?.missing).toBe(true);
  });

  it('lists the rated risks where the element takes them', () => {
    const ratedRisks = [
      { riskId: 'misidentification', title: 'Wrong matches', level: 'High' },
      { riskId: 'chilling', title: 'Chilling effect', level: 'Medium' },
    ];
    const outcome = draft({}, { ratedRisks });
    expect(outcome.elements[2]).toMatchObject({ id: 'risks', risks: ratedRisks, missing: false });
    expect(outcome.elements[0]?.risks).toEqual([]);
  });

  it('keeps the preface and applies unless a condition says otherwise', () => {
    const outcome = draft({});
    expect(outcome.applies).toBe('yes');
    expect(outcome.preface.cites).toEqual(['act:27(5)']);
    const pack = fixturePack();
    const document = pack.assessments[2];
    if (document?.kind !== 'document') throw new Error('fixture changed');
    document.appliesWhen = { question: 'biometric', equals: 'yes' };
    const appliesOf = (values: Record<string, AnswerValue>) =>
      documentOutcomeSchema.parse(evaluatePack(pack, inputOf(values)).assessments[2]).applies;
    expect([appliesOf({}), appliesOf({ biometric: 'yes' }), appliesOf({ biometric: 'no' })]).toEqual([
      'maybe',
      'yes',
      'no',
    ]);
  });

  it('leaves out an element whose condition does not hold, and keeps one that still may', () => {
    const pack = fixturePack();
    const document = pack.assessments[2];
    if (document?.kind !== 'document') throw new Error('fixture changed');
    document.elements[1]!.appliesWhen = { question: 'biometric', equals: 'yes' };
    const idsOf = (values: Record<string, AnswerValue>) =>
      documentOutcomeSchema
        .parse(evaluatePack(pack, inputOf(values)).assessments[2])
        .elements.map(({ id, missing }) => `${id}${missing ? ' (missing)' : ''}`);
    expect(idsOf({ biometric: 'no', period: 'Daily' })).toEqual([
      'processes (missing)',
      'risks (missing)',
      'groups (missing)',
    ]);
    expect(idsOf({ biometric: 'yes', period: 'Daily' })).toContain('period');
    expect(idsOf({})).toContain('period (missing)');
  });
});
