import type { AnswerRecord, Answers } from './answers.ts';
import { deepFreeze } from './deep-freeze.ts';

const sealed = new WeakSet<object>();

/**
 * Freezes a set of answers for good and marks it, so what is computed from it (the visible
 * questions) can be kept with it: a sealed set cannot change, so a result for it never goes stale.
 * Returns the same object.
 */
export function sealAnswers<T extends Answers>(answers: T): T {
  if (!sealed.has(answers)) sealed.add(deepFreeze(answers));
  return answers;
}

/** Whether `sealAnswers` sealed this very object. */
export function isSealedAnswers(answers: Answers): boolean {
  return sealed.has(answers);
}

/**
 * `sealAnswers({ ...answers, [questionId]: record })`, made cheaply when `answers` is sealed: only
 * the new record needs freezing, every other one is frozen already.
 */
export function sealWithAnswer(answers: Answers, questionId: string, record: AnswerRecord): Answers {
  const next = { ...answers, [questionId]: record };
  if (!sealed.has(answers)) return sealAnswers(next);
  deepFreeze(record);
  sealed.add(Object.freeze(next));
  return next;
}
