import type { Answers } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { formatReportDay } from '../reports/format-report-day.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { carriedAnswer } from './carried-answer.ts';
import { describeAnswer } from './describe-answer.ts';
import { numberedAnswer } from './numbered-answer.ts';
import type { QuickReply } from './reply.ts';
import type { CarriedOver } from './session-data.ts';

/** What a card or the review list needs to show carried-over answers: the session's, and the zone of dates. */
export type CarriedContext = { carried: CarriedOver | undefined; timeZone: string };

// A button label is read at a glance; the card above it carries the whole answer.
const shortLabelLength = 40;

export const carriedTexts = {
  answeredSince:
    'This question has been answered since, so the carried-over answer was not used. Here is the current question.',
  keepOrChange: 'Keep it, or answer again.',
  countsForNothing: 'they count for nothing until you keep or change them',
};

/** "the assessment signed on 3 March 2027", or "the earlier assessment" when its date is unknown. */
export function carriedFrom(context: CarriedContext): string {
  const signedAt = context.carried?.signedAt ?? null;
  return signedAt === null
    ? 'the earlier assessment'
    : `the assessment signed on ${formatReportDay(signedAt, context.timeZone)}`;
}

/**
 * At a question with a carried-over answer and no answer yet: the line saying what was carried and
 * the button that keeps it (offered first). Undefined anywhere else.
 */
export function carriedAnswerPrompt(
  context: CarriedContext,
  definition: Questionnaire,
  question: Question,
  answers: Answers,
): { lines: string[]; quickReply: QuickReply } | undefined {
  if (answerRecord(answers, question.id) !== undefined) return undefined;
  const value = carriedAnswer(context.carried, definition, question);
  if (value === undefined) return undefined;
  // Free text is a colleague's words: numberedAnswer quotes and escapes it.
  const inWords =
    question.kind === 'text'
      ? numberedAnswer(definition, question, value)
      : describeAnswer(definition, question, value);
  const label = describeAnswer(definition, question, value).replace(/\s+/g, ' ').trim();
  const short =
    label.length > shortLabelLength ? `${label.slice(0, shortLabelLength - 1).trimEnd()}…` : label;
  // An override (the register's current stage, say) was not part of the signed assessment.
  const overridden = context.carried?.answers[question.id]?.overridden === true;
  const from = overridden
    ? 'Proposed when this reassessment was started'
    : `Carried over from ${carriedFrom(context)}`;
  return {
    lines: ['', `${from}: **${inWords}**. ${carriedTexts.keepOrChange}`],
    quickReply: { id: `carry:keep:${question.id}`, label: `Keep: ${short}` },
  };
}

/** The carried-over answer to show in the review list, in words; undefined once answered or when none. */
export function carriedReviewAnswer(
  context: CarriedContext,
  definition: Questionnaire,
  question: Question,
  answers: Answers,
): string | undefined {
  if (answerRecord(answers, question.id) !== undefined) return undefined;
  const value = carriedAnswer(context.carried, definition, question);
  return value === undefined ? undefined : describeAnswer(definition, question, value);
}
