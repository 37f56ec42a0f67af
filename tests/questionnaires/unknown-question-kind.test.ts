import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { Question } from '../../src/questionnaires/schema.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';

// Only a question that bypassed questionSchema can have another kind; the compiler rules out the rest.
const bypassed = { id: 'when', prompt: 'When?', help: 'Help', kind: 'date' } as unknown as Question;

describe('unknownQuestionKind', () => {
  it('refuses a question of a kind the schema does not have, naming the kind', () => {
    expect(() => answerChoices(pilotQuestionnaire, bypassed)).toThrow(AppError);
    expect(() => validateAnswer(pilotQuestionnaire, bypassed, 'today')).toThrow(
      'RAIA does not know the question kind "date".',
    );
  });
});
