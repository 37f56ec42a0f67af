import { questionOptions } from '../questionnaires/question-options.ts';
import type { Condition, Questionnaire } from '../questionnaires/schema.ts';
import { findQuestion } from './find-question.ts';
import { formatAnswer } from './format-answer.ts';
import { joinWords, quoted } from './report-wording.ts';

type ValueTest = Extract<Condition, { question: string }>;

/** The questions a condition tests, in the order it names them, each once. */
export function conditionQuestionIds(condition: Condition): string[] {
  if ('all' in condition) return [...new Set(condition.all.flatMap(conditionQuestionIds))];
  if ('any' in condition) return [...new Set(condition.any.flatMap(conditionQuestionIds))];
  if ('not' in condition) return conditionQuestionIds(condition.not);
  return [condition.question];
}

/**
 * A `showIf` condition in words, with prompts and option labels instead of ids: "the answer to
 * “Who builds the system?” is “Bought from a supplier” or “Developed together with a partner”".
 */
export function describeCondition(condition: Condition, definition: Questionnaire): string {
  const prompt = (questionId: string) => quoted(findQuestion(definition, questionId)?.prompt ?? questionId);
  const label = (questionId: string, value: string | number) => {
    const question = findQuestion(definition, questionId);
    if (question === undefined) return quoted(String(value));
    // An `includes` test names one option of a multiple-choice question: show that option's label.
    const option = questionOptions(question).find((candidate) => candidate.value === value);
    return quoted(option?.label ?? formatAnswer(question, definition, value));
  };
  const values = (test: ValueTest, conjunction: string) => {
    if ('equals' in test) return label(test.question, test.equals);
    if ('in' in test)
      return joinWords(
        test.in.map((value) => label(test.question, value)),
        conjunction,
      );
    return '';
  };
  const describe = (inner: Condition): string => {
    if ('all' in inner) {
      // "answered, and not X" is how definitions say "anything but X": say it that way.
      const [first, second, ...rest] = inner.all;
      if (
        rest.length === 0 &&
        first !== undefined &&
        second !== undefined &&
        'answered' in first &&
        first.answered &&
        'not' in second &&
        'question' in second.not &&
        second.not.question === first.question &&
        ('equals' in second.not || 'in' in second.not)
      ) {
        return `the answer to ${prompt(first.question)} is anything but ${values(second.not, 'or')}`;
      }
      return joinWords(inner.all.map(describe), 'and');
    }
    if ('any' in inner) return joinWords(inner.any.map(describe), 'or');
    if ('not' in inner) {
      const negated = inner.not;
      if ('question' in negated) {
        if ('equals' in negated)
          return `the answer to ${prompt(negated.question)} is not ${values(negated, 'or')}`;
        if ('in' in negated)
          return `the answer to ${prompt(negated.question)} is neither ${values(negated, 'nor')}`;
        if ('includes' in negated)
          return `the answer to ${prompt(negated.question)} does not include ${label(negated.question, negated.includes)}`;
      }
      return `it is not the case that ${describe(negated)}`;
    }
    if ('answered' in inner) return `${prompt(inner.question)} is ${inner.answered ? '' : 'not '}answered`;
    if ('includes' in inner)
      return `the answer to ${prompt(inner.question)} includes ${label(inner.question, inner.includes)}`;
    if ('atLeast' in inner) return `the answer to ${prompt(inner.question)} is at least ${inner.atLeast}`;
    return `the answer to ${prompt(inner.question)} is ${values(inner, 'or')}`;
  };
  return describe(condition);
}
