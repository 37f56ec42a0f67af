import { findQuestion } from '../../src/machines/walkthrough-navigation.ts';
import type { Question } from '../../src/questionnaires/schema.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';

/** A question of the pilot fixture by id; fails the test loudly when the fixture changes. */
export function pilotQuestion(id: string): Question {
  const question = findQuestion(pilotQuestionnaire, id);
  if (question === undefined) throw new Error(`The pilot fixture has no question "${id}"`);
  return question;
}
