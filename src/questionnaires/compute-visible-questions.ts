import type { AnswerRecord, Answers } from './answers.ts';
import type { CompiledCondition } from './compile-condition.ts';
import type { CompiledQuestionnaire } from './compile-questionnaire.ts';
import type { Question, Section } from './schema.ts';

/** Read-only: one list is shared by everything that asks for the same answers. */
export type VisibleQuestion = {
  readonly question: Question;
  readonly section: Section;
  readonly index: number;
};

/**
 * The one pass behind `visibleQuestions`: in definition order, each question whose condition holds
 * over the answers to questions shown before it. Conditions may only refer to earlier questions
 * (the loader checks this), so one pass in order is enough. The list is frozen: it is shared.
 */
export function computeVisibleQuestions(
  compiled: CompiledQuestionnaire,
  answers: Answers,
): readonly VisibleQuestion[] {
  const shown: VisibleQuestion[] = [];
  // Conditions see only answers to questions that are themselves shown: an answer kept for a
  // question that became hidden must not keep a later question visible.
  const shownSoFar = new Map<string, AnswerRecord>();
  // A shared condition holds as it did for the question before while nothing it could read changed.
  let last: { condition: CompiledCondition; known: number; holds: boolean } | undefined;
  const holds = (condition: CompiledCondition) => {
    if (last?.condition !== condition || last.known !== shownSoFar.size)
      last = { condition, known: shownSoFar.size, holds: condition.holds(shownSoFar) };
    return last.holds;
  };
  for (const { question, section, showIf, readByConditions } of compiled.questions) {
    if (showIf === undefined || holds(showIf)) {
      shown.push({ question, section, index: shown.length });
      // Only answers a condition reads need carrying; hasOwn: an id such as `constructor` finds nothing inherited.
      if (readByConditions && Object.hasOwn(answers, question.id)) {
        const record = answers[question.id];
        if (record !== undefined) shownSoFar.set(question.id, record);
      }
    }
  }
  return Object.freeze(shown);
}
