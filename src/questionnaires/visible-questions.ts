import type { Answers } from './answers.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import type { Question, Questionnaire, Section } from './schema.ts';

export type VisibleQuestion = { question: Question; section: Section; index: number };

/**
 * The questions shown for these answers, in definition order. Conditions may only refer to
 * earlier questions (the loader checks this), so one pass in order is enough.
 */
export function visibleQuestions(definition: Questionnaire, answers: Answers): VisibleQuestion[] {
  const shown: VisibleQuestion[] = [];
  // Conditions see only answers to questions that are themselves shown: an answer kept for a
  // question that became hidden must not keep a later question visible.
  const shownSoFar: Answers = {};
  for (const section of definition.sections) {
    for (const question of section.questions) {
      if (question.showIf === undefined || evaluateCondition(question.showIf, shownSoFar)) {
        shown.push({ question, section, index: shown.length });
        // hasOwn: a question id such as `constructor` must not find an inherited property.
        const record = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
        if (record !== undefined) shownSoFar[question.id] = record;
      }
    }
  }
  return shown;
}

/** Only the answers to questions that are currently shown: the set that scoring uses. */
export function shownAnswers(definition: Questionnaire, answers: Answers): Answers {
  const result: Answers = {};
  for (const { question } of visibleQuestions(definition, answers)) {
    const record = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (record !== undefined) result[question.id] = record;
  }
  return result;
}
