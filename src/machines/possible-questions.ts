import type { AnswerRecord, Answers } from '../questionnaires/answers.ts';
import { evaluateCondition } from '../questionnaires/evaluate-condition.ts';
import type { Condition, Question, Questionnaire, Section } from '../questionnaires/schema.ts';

/** A question that can still apply; `certain` when it is shown whatever the answers still to come. */
export type PossibleQuestion = { question: Question; section: Section; certain: boolean };

type Truth = 'yes' | 'no' | 'maybe';
/** What conditions can know of a question: its answer as they see it (none when hidden or passed), or not yet. */
type Known = { answer: AnswerRecord | undefined } | 'open';

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
  const known = new Map<string, Known>();
  const possible: PossibleQuestion[] = [];
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const shown = question.showIf === undefined ? 'yes' : evaluate(question.showIf, known);
      // hasOwn: a question id such as `constructor` must not find an inherited property.
      const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
      if (shown === 'no') {
        known.set(question.id, { answer: undefined });
        continue;
      }
      possible.push({ question, section, certain: shown === 'yes' });
      // As in visibleQuestions, conditions see an answer only while its question is shown.
      if (shown === 'yes' && answer !== undefined) known.set(question.id, { answer });
      else if (shown === 'yes' && !isOpen(question.id)) known.set(question.id, { answer: undefined });
      else known.set(question.id, 'open');
    }
  }
  return possible;
}

function evaluate(condition: Condition, known: Map<string, Known>): Truth {
  if ('all' in condition) {
    const parts = condition.all.map((inner) => evaluate(inner, known));
    if (parts.includes('no')) return 'no';
    return parts.every((part) => part === 'yes') ? 'yes' : 'maybe';
  }
  if ('any' in condition) {
    const parts = condition.any.map((inner) => evaluate(inner, known));
    if (parts.includes('yes')) return 'yes';
    return parts.every((part) => part === 'no') ? 'no' : 'maybe';
  }
  if ('not' in condition) {
    const inner = evaluate(condition.not, known);
    return inner === 'maybe' ? 'maybe' : inner === 'yes' ? 'no' : 'yes';
  }
  // The loader only lets conditions name earlier questions, so each is known here; a missing one reads as unanswered.
  const state = known.get(condition.question) ?? { answer: undefined };
  if (state === 'open') return 'maybe';
  const answers: Answers = state.answer === undefined ? {} : { [condition.question]: state.answer };
  return evaluateCondition(condition, answers) ? 'yes' : 'no';
}
