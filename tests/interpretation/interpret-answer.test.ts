import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { interpretAnswer } from '../../src/interpretation/interpret-answer.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';
import { pilotQuestion } from '../machines/fixture-questions.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';

const read = (id: string, text: string) => interpretAnswer(pilotQuestionnaire, pilotQuestion(id), text);
const unsure = { unsure: true } as const;

type Row = [input: string, value: AnswerValue];

const table: Record<string, Row[]> = {
  'uses-biometrics': [
    ['yes', 'yes'],
    ['Y', 'yes'],
    ['yeah', 'yes'],
    ['Yep!', 'yes'],
    ['sure', 'yes'],
    ['Correct.', 'yes'],
    ['of course', 'yes'],
    ['yes, we do', 'yes'],
    ['no', 'no'],
    ['n', 'no'],
    ['nope', 'no'],
    ['nah', 'no'],
    ['not really', 'no'],
    ["No, we don't", 'no'],
    ['not at all', 'no'],
    ['1', 'yes'],
    ['option 2', 'no'],
    ['#2', 'no'],
    ['first', 'yes'],
    ['the second one', 'no'],
    ["I don't know", unsure],
    ['I DON’T KNOW', unsure],
    ['not sure', unsure],
    ['unsure', unsure],
    ['dunno', unsure],
    ['no idea', unsure],
    ['?', unsure],
  ],
  'face-watchlist': [
    ['National database', 'national'],
    ['national', 'national'],
    ['nat', 'national'],
    ['database', 'national'],
    ['our own list', 'local'],
    ['LOCAL WATCHLIST!!', 'local'],
    ['none-yet', 'none-yet'],
    ['3', 'none-yet'],
    ['third', 'none-yet'],
    ['the last one', 'none-yet'],
  ],
  escalation: [
    ['the supervisor', 'supervisor'],
    ['An ethics committee', 'committee'],
    ['committee', 'committee'],
  ],
  autonomy: [
    ['likely', 4],
    ['Likely', 4],
    ['very likely', 5],
    ['I think very likely', 5],
    ['it is likely', 4],
    ['not likely', 2],
    ['unlikely', 2],
    ['probably', 4],
    ['almost certain', 5],
    ['fifty-fifty', 3],
    ['4', 4],
    ['five', 5],
    ['option three', 3],
    ['lik', 4],
  ],
  'maturity-level': [
    ['optimized', 3],
    ['Optimisé', 3],
    ['basic', 1],
    ['none', 0],
    // Numbers are positions in the list shown; a value that is no position is read as the value.
    ['1', 0],
    ['4', 3],
    ['0', 0],
  ],
  'biometric-kinds': [
    ['1, 3 and 4', ['face', 'fingerprints', 'gait']],
    ['2 4', ['voice', 'gait']],
    ['faces and voice', ['face', 'voice']],
    ['fingerprints & faces', ['face', 'fingerprints']],
    ['Voice recordings; gait', ['voice', 'gait']],
    ['face images', ['face']],
    ['all of them', ['face', 'voice', 'fingerprints', 'gait']],
    ['everything', ['face', 'voice', 'fingerprints', 'gait']],
    ['1, 1', ['face']],
  ],
  'data-sources': [
    ['images and text', ['images-video', 'text']],
    ['Images and video', ['images-video']],
    ['images and video and text', ['images-video', 'text']],
    ['documents, audio', ['text', 'audio']],
    ['none', []],
    ['none of the above', []],
  ],
  'review-staff': [
    ['twelve', 12],
    ['12 officers', 12],
    ['about 40', 40],
    ['forty-two', 42],
    ['a hundred', 100],
    ['none', 0],
    ['zero', 0],
    ['not sure', unsure],
  ],
  'budget-share': [
    ['3.5', 3.5],
    ['12,5', 12.5],
    ['50%', 50],
    ['seventy five', 75],
  ],
  'oversight-notes': [
    ['  Weekly audits  ', 'Weekly audits'],
    ["I don't know", "I don't know"],
  ],
};

const failures: Record<string, string[]> = {
  'uses-biometrics': ['', '   ', 'banana', 'maybe', 'yes and no', 'sure, but not yet', '3', 'option 7'],
  'final-check': ["I don't know", 'no idea'],
  'face-watchlist': ['l', 'airport', 'zzz'],
  autonomy: ['very', 'possibly not', '9', 'hmm'],
  'biometric-kinds': ['none', 'banana', '1, 9', 'faces and bananas', ''],
  'review-staff': ['between 10 and 20', 'lots', '101', '-5', '3.5', 'one two'],
  'oversight-notes': ['', '   ', 'x'.repeat(2001)],
};

describe('interpretAnswer', () => {
  for (const [id, rows] of Object.entries(table)) {
    it.each(rows)(`reads ${id} from %j`, (input, value) => {
      expect(read(id, input)).toEqual({ success: true, value });
    });
  }

  for (const [id, inputs] of Object.entries(failures)) {
    it.each(inputs)(`refuses %j for ${id}, saying what is expected`, (input) => {
      const result = read(id, input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.expected).toMatch(/^(Please|That could mean|Your answer has)/);
    });
  }

  it('lists the numbered candidates when the text could mean several choices', () => {
    expect(read('autonomy', 'very')).toEqual({
      success: false,
      expected:
        'That could mean 1 Very unlikely, 5 Very likely. Please choose one of: 1 Very unlikely, 2 Unlikely, 3 Possible, 4 Likely, 5 Very likely',
    });
    expect(read('uses-biometrics', 'yes and no')).toMatchObject({
      success: false,
      expected: expect.stringMatching(/^That could mean 1 Yes, 2 No\./),
    });
  });

  it('does not read "I don\'t know" as an answer where unsure is not allowed', () => {
    expect(read('final-check', 'no idea')).toEqual({
      success: false,
      expected: 'Please choose one of: 1 Yes, 2 No',
    });
  });
});

const questionIds = pilotQuestionnaire.sections.flatMap((section) =>
  section.questions.map((question) => question.id),
);
const words = [
  'yes',
  'no',
  'and',
  'all',
  'none',
  'likely',
  'very',
  'twelve',
  'hundred',
  '1',
  '2,5',
  'faces',
  '?',
  'not',
];
const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...words, ',', '&', ';'), { maxLength: 6 }).map((parts) => parts.join('')),
);

describe('interpretAnswer properties', () => {
  test.prop([fc.constantFrom(...questionIds), texts], { numRuns: 2000 })(
    'never throws, and every success passes validateAnswer unchanged',
    (id, text) => {
      const result = read(id, text);
      if (result.success) {
        expect(validateAnswer(pilotQuestionnaire, pilotQuestion(id), result.value)).toEqual(result);
      } else {
        expect(result.expected.length).toBeGreaterThan(0);
      }
    },
  );
});
