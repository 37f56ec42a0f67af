import { findQuestion } from '../machines/walkthrough-navigation.ts';
import { type Answers, answerValueSchema } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { validateAnswer } from '../questionnaires/validate-answer.ts';
import { countedQuestions } from '../scoring/counted-questions.ts';
import type { CarriedOver } from './session-data.ts';

export type CarryInput = {
  /** The signed assessment: its definition and answers. */
  from: { definition: Questionnaire; answers: Answers };
  /** The definition the reassessment is answered against (the newest version). */
  to: Questionnaire;
  /** Values that replace carried ones first (e.g. the register's current life-cycle stage). */
  overrides?: Record<string, unknown> | undefined;
  at: string;
};

export type CarriedAnswers = Pick<CarriedOver, 'answers' | 'dropped'>;

/**
 * The answers a reassessment starts from: pure. Only answers that counted in the signed
 * assessment (to questions it showed) are carried, and only where the newer version has the
 * question and still accepts the answer (the check every answer passes); the others are
 * `dropped`, in the signed definition's order. An override that fits its question replaces the
 * carried answer (and is marked `overridden`); one that does not fit is ignored.
 */
export function carryAnswers({ from, to, overrides, at }: CarryInput): CarriedAnswers {
  const counted = countedQuestions(from.definition, from.answers).counted;
  const answers: CarriedOver['answers'] = {};
  const dropped: string[] = [];
  const signedOrder = from.definition.sections.flatMap((section) => section.questions);
  for (const signedQuestion of signedOrder) {
    if (!Object.hasOwn(counted, signedQuestion.id)) continue;
    const record = counted[signedQuestion.id];
    const question = findQuestion(to, signedQuestion.id);
    const checked =
      record === undefined || question === undefined ? undefined : validateAnswer(to, question, record.value);
    if (record === undefined || checked?.success !== true) {
      dropped.push(signedQuestion.id);
      continue;
    }
    answers[signedQuestion.id] = {
      value: checked.value,
      answeredAt: record.answeredAt,
      ...(record.answeredBy === undefined ? {} : { answeredBy: record.answeredBy }),
    };
  }
  for (const [questionId, raw] of Object.entries(overrides ?? {})) {
    const question = findQuestion(to, questionId);
    const parsed = answerValueSchema.safeParse(raw);
    if (question === undefined || !parsed.success) continue;
    const checked = validateAnswer(to, question, parsed.data);
    if (!checked.success) continue;
    answers[questionId] = { value: checked.value, answeredAt: at, overridden: true };
    const index = dropped.indexOf(questionId);
    if (index >= 0) dropped.splice(index, 1);
  }
  return { answers, dropped };
}
