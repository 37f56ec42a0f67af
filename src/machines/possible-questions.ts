import type { Answers } from '../questionnaires/answers.ts';
import type { CompiledCondition, KnownAnswer, Truth } from '../questionnaires/compile-condition.ts';
import { compiledQuestionnaire } from '../questionnaires/compiled-questionnaire.ts';
import type { Question, Questionnaire, Section } from '../questionnaires/schema.ts';

/** A question that can still apply; `certain` when it is shown whatever the answers still to come. */
export type PossibleQuestion = { question: Question; section: Section; certain: boolean };

/**
 * The questions that can still apply given the answers so far: the shown ones, and the hidden ones whose
 * condition answers still to come could make true. `isOpen` says which unanswered questions may still get an
 * answer (those not yet passed). Conditions are read in Kleene's three-valued logic, so each further answer
 * only rules questions in or out for good: on a walk that only moves forward the count never grows.
 * With no open question this is exactly `visibleQuestions`, every question certain.
 */
export function possibleQuestions(
  definition: Questionnaire,
  answers: Answers,
  isOpen: (questionId: string) => boolean,
): PossibleQuestion[] {
  const known = new Map<string, KnownAnswer>();
  let writes = 0;
  const know = (questionId: string, what: KnownAnswer) => {
    known.set(questionId, what);
    writes += 1;
  };
  // A shared condition reads as it did for the question before while nothing more is known.
  let last: { condition: CompiledCondition; writes: number; truth: Truth } | undefined;
  const truthOf = (condition: CompiledCondition) => {
    if (last?.condition !== condition || last.writes !== writes)
      last = { condition, writes, truth: condition.truth(known) };
    return last.truth;
  };
  const possible: PossibleQuestion[] = [];
  for (const { question, section, showIf, readByConditions } of compiledQuestionnaire(definition).questions) {
    const shown = showIf === undefined ? 'yes' : truthOf(showIf);
    if (shown !== 'no') possible.push({ question, section, certain: shown === 'yes' });
    // What is known of a question matters only to the conditions that read it.
    if (!readByConditions) continue;
    if (shown === 'no') {
      know(question.id, { answer: undefined });
      continue;
    }
    // hasOwn: a question id such as `constructor` must not find an inherited property.
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    // As in visibleQuestions, conditions see an answer only while its question is shown.
    if (shown === 'yes' && answer !== undefined) know(question.id, { answer });
    else if (shown === 'yes' && !isOpen(question.id)) know(question.id, { answer: undefined });
    else know(question.id, 'open');
  }
  return possible;
}
