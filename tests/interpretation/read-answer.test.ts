import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/interpretation/read-answer.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';
import { pilotQuestion } from '../machines/fixture-questions.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';
import { exactReadings } from './exact-readings.ts';

const read = (id: string, text: string) => readAnswer(pilotQuestionnaire, pilotQuestion(id), text);

describe('readAnswer', () => {
  it.each([
    ['face-watchlist', 'National database', 'national'],
    ['face-watchlist', 'LOCAL WATCHLIST!!', 'local'],
    ['face-watchlist', 'our own list', 'local'],
    ['face-watchlist', '2', 'local'],
    ['face-watchlist', '2)', 'local'],
    ['face-watchlist', '#2', 'local'],
    ['face-watchlist', 'option 2', 'local'],
    ['uses-biometrics', 'Yep!', 'yes'],
    ['uses-biometrics', 'nope', 'no'],
    ['autonomy', 'fifty-fifty', 3],
    ['maturity-level', '0', 0],
    ['biometric-kinds', '1, 3 and 4', ['face', 'fingerprints', 'gait']],
    ['biometric-kinds', 'faces and voice', ['face', 'voice']],
    ['data-sources', 'none of the above', []],
    ['review-staff', '12', 12],
    ['budget-share', '50%', 50],
    ['oversight-notes', '  Weekly audits  ', 'Weekly audits'],
  ])('records %s from %j at once: it reads exactly', (id, text, value) => {
    expect(read(id, text)).toEqual({ kind: 'exact', value });
  });

  it.each([
    ['face-watchlist', 'nat', 'national', '“nat” is the start of “National database”'],
    ['face-watchlist', 'the last one', 'none-yet', '“the last one” is option 3'],
    ['autonomy', 'five', 5, '“five” is option 5'],
    ['autonomy', 'I think very likely', 5, 'it mentions “very” and “likely”'],
    ['uses-biometrics', 'yes, we do', 'yes', 'it says “yes”'],
    ['uses-biometrics', "I don't know whether it does", { unsure: true }, 'it starts with “i dont know”'],
    ['review-staff', 'twelve', 12, 'it gives the number 12'],
    ['review-staff', '12 officers', 12, 'it gives the number 12'],
  ])('proposes %s from %j, saying why', (id, text, value, reason) => {
    expect(read(id, text)).toEqual({ kind: 'proposal', value, reason });
  });

  it.each([
    ['face-watchlist', 'zzz'],
    ['autonomy', 'very'],
    ['autonomy', 'possibly not'],
    ['uses-biometrics', 'yes and no'],
    ['uses-biometrics', 'sure, but not yet'],
    ['biometric-kinds', 'faces and bananas'],
    ['final-check', 'no idea'],
  ])('reads nothing for %s from %j', (id, text) => {
    expect(read(id, text).kind).toBe('none');
  });

  it('proposes the ranked-list sentence as the option that ranks, not the one that decides', () => {
    const risk = builtInQuestionnaires().find((definition) => definition.id === 'risk');
    const autonomy = risk?.sections
      .flatMap((section) => section.questions)
      .find((question) => question.id === 'autonomy');
    if (risk === undefined || autonomy === undefined)
      throw new Error('The risk questionnaire has no autonomy question.');
    expect(
      readAnswer(risk, autonomy, 'it gives a ranked list of candidate matches and an officer decides'),
    ).toEqual({
      kind: 'proposal',
      value: 'recommends',
      reason: 'it mentions “ranked”, “officer” and “decides”',
    });
  });
});

const definitions = [pilotQuestionnaire, ...builtInQuestionnaires()];
const questions = definitions.flatMap((definition) =>
  definition.sections.flatMap((section) => section.questions.map((question) => ({ definition, question }))),
);
const fragments = [
  'yes',
  'no',
  'not',
  'and',
  'all',
  'none',
  'very',
  'likely',
  'some',
  'three',
  '2',
  '1,',
  'in place',
];

/** Random text, labels and synonyms of the question, and bits of them: exact and loose readings alike. */
function textsFor(index: number) {
  const { definition, question } = questions[index] ?? {
    definition: pilotQuestionnaire,
    question: pilotQuestion('autonomy'),
  };
  const names = answerChoices(definition, question).flatMap((choice) => [choice.label, ...choice.synonyms]);
  const pieces = [...fragments, ...names, ...names.flatMap((name) => name.split(' '))];
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom(...pieces),
    fc.array(fc.constantFrom(...pieces, ',', ' and ', '!'), { maxLength: 5 }).map((parts) => parts.join(' ')),
  );
}

describe('readAnswer properties', () => {
  test.prop([fc.nat(questions.length - 1).chain((index) => fc.tuple(fc.constant(index), textsFor(index)))], {
    numRuns: 3000,
  })(
    'records at once only what reads exactly, and every value it reads is a valid answer',
    ([index, text]) => {
      const { definition, question } = questions[index] ?? {
        definition: pilotQuestionnaire,
        question: pilotQuestion('autonomy'),
      };
      const reading = readAnswer(definition, question, text);
      if (reading.kind === 'none') {
        expect(reading.expected.length).toBeGreaterThan(0);
        return;
      }
      expect(validateAnswer(definition, question, reading.value)).toEqual({
        success: true,
        value: reading.value,
      });
      if (reading.kind === 'exact')
        expect(exactReadings(definition, question, text)).toContainEqual(reading.value);
      else expect(reading.reason.length).toBeGreaterThan(0);
    },
  );
});
