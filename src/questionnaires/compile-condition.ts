import type { AnswerRecord, AnswerValue } from './answers.ts';
import { isUnsure } from './answers.ts';
import type { Condition } from './schema.ts';

/** Kleene's three values: `maybe` while an answer the condition reads may still come. */
export type Truth = 'yes' | 'no' | 'maybe';

/** What a condition can know of a question: its answer as conditions see it (none when hidden or passed), or not yet. */
export type KnownAnswer = { answer: AnswerRecord | undefined } | 'open';

/** A `showIf` condition read once into functions, so a turn only runs them. */
export type CompiledCondition = {
  /**
   * Exactly `evaluateCondition(condition, answers)` for the answers in `answers` (keyed by question
   * id): a map, so the visibility pass can grow it question by question at no cost.
   */
  holds: (answers: ReadonlyMap<string, AnswerRecord>) => boolean;
  /** The three-valued reading over what is known of earlier questions (see possible-questions.ts). */
  truth: (known: ReadonlyMap<string, KnownAnswer>) => Truth;
  /** The question ids the condition reads, each once, in the order they appear. */
  questions: readonly string[];
};

type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

/** Compiles a condition with the meaning `evaluateCondition` gives it (the tests hold both to it). */
export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return {
      holds: (answers) => parts.every((part) => part.holds(answers)),
      // One "no" settles it whatever the others say, so stopping there gives the same value.
      truth: (known) => {
        let result: Truth = 'yes';
        for (const part of parts) {
          const value = part.truth(known);
          if (value === 'no') return 'no';
          if (value === 'maybe') result = 'maybe';
        }
        return result;
      },
      questions: unique(parts.flatMap((part) => part.questions)),
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return {
      holds: (answers) => parts.some((part) => part.holds(answers)),
      truth: (known) => {
        let result: Truth = 'no';
        for (const part of parts) {
          const value = part.truth(known);
          if (value === 'yes') return 'yes';
          if (value === 'maybe') result = 'maybe';
        }
        return result;
      },
      questions: unique(parts.flatMap((part) => part.questions)),
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return {
      holds: (answers) => !inner.holds(answers),
      truth: (known) => {
        const value = inner.truth(known);
        return value === 'maybe' ? 'maybe' : value === 'yes' ? 'no' : 'yes';
      },
      questions: inner.questions,
    };
  }
  const questionId = condition.question;
  const test = leafTest(condition);
  return {
    holds: (answers) => test(answers.get(questionId)?.value),
    truth: (known) => {
      // The loader only lets conditions name earlier questions, so each is known; a missing one reads as unanswered.
      const state = known.get(questionId) ?? { answer: undefined };
      if (state === 'open') return 'maybe';
      return test(state.answer?.value) ? 'yes' : 'no';
    },
    questions: [questionId],
  };
}

/** The test a leaf makes of the one answer it reads. An unanswered or "unsure" question satisfies no value test. */
function leafTest(condition: Leaf): (value: AnswerValue | undefined) => boolean {
  if ('answered' in condition) {
    const { answered } = condition;
    return (value) => (value !== undefined) === answered;
  }
  const valueTest = valueTestOf(condition);
  return (value) => value !== undefined && !isUnsure(value) && valueTest(value);
}

function valueTestOf(condition: Exclude<Leaf, { answered: boolean }>): (value: AnswerValue) => boolean {
  if ('equals' in condition) {
    const { equals } = condition;
    return (value) => value === equals;
  }
  if ('in' in condition) {
    const listed = condition.in;
    return (value) => (typeof value === 'string' || typeof value === 'number') && listed.includes(value);
  }
  if ('includes' in condition) {
    const { includes } = condition;
    return (value) => Array.isArray(value) && value.includes(includes);
  }
  const { atLeast } = condition;
  return (value) => typeof value === 'number' && value >= atLeast;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
