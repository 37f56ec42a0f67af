import type { WalkthroughContext } from '../machines/walkthrough-context.ts';
import { findQuestion } from '../machines/walkthrough-navigation.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { describeAnswer } from './describe-answer.ts';
import { inlineUserText } from './quote-user-text.ts';
import type { QuickReply } from './reply.ts';

/**
 * While a change that would hide answered questions waits (`pendingChange`): which questions and how
 * many, what happens to their answers, and the two ways on. Undefined when no change waits here.
 */
export function changeWarning(
  definition: Questionnaire,
  context: WalkthroughContext,
  question: Question,
): { text: string; quickReplies: QuickReply[] } | undefined {
  const change = context.pendingChange;
  if (change === null || change.questionId !== question.id) return undefined;
  const prompts = change.hiddenQuestionIds.map((id) => findQuestion(definition, id)?.prompt ?? id);
  const count =
    prompts.length === 1
      ? '1 question you have already answered'
      : `${prompts.length} questions you have already answered`;
  // A typed answer is the person's own words: escaped so it shows as typed.
  const shown = (value: Parameters<typeof describeAnswer>[2]) =>
    inlineUserText(describeAnswer(definition, question, value));
  const old = answerRecord(context.answers, question.id);
  const text = [
    `Changing this answer to **${shown(change.record.value)}** would hide ${count}:`,
    '',
    ...prompts.map((prompt) => `- ${prompt}`),
    '',
    'Their answers are kept but no longer count while hidden, and they come back if you change this answer back. Change it anyway?',
  ].join('\n');
  return {
    text,
    quickReplies: [
      { id: 'change:confirm', label: `Yes, change it and hide ${prompts.length === 1 ? 'it' : 'them'}` },
      {
        id: 'change:keep',
        label: old === undefined ? 'No, leave it unanswered' : 'No, keep my old answer',
      },
    ],
  };
}
