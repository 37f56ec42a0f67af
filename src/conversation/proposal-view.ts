import type { WalkthroughContext } from '../machines/walkthrough-context.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { numberedAnswer } from './numbered-answer.ts';
import { inlineUserText } from './quote-user-text.ts';
import type { QuickReply } from './reply.ts';
import type { DraftMessage } from './reply-parts.ts';

/** The assistant's own words about readings it shows before recording them. */
export const proposalTexts = {
  modelReason: 'a language model suggested it',
  confirmButton: 'Yes, record it',
  rejectButton: 'No, show the options',
  rejected: 'Not recorded. Choose the answer that fits, or say it in other words.',
  recorded: 'Recorded:',
  notYetRecorded: 'Nothing is recorded until you confirm it.',
} as const;

/** Quick-reply ids of a proposal; `proposal:note` ("keep my text as a note") is added beside them. */
export const proposalActions = { confirm: 'proposal:confirm', reject: 'proposal:reject' } as const;

export type ProposalView = { message: DraftMessage; quickReplies: QuickReply[] };

/**
 * How a pending proposal for the question on screen is shown in every channel: how RAIA read the
 * words and why, and the buttons to confirm it or to pick another option. Undefined without one.
 */
export function proposalView(
  definition: Questionnaire,
  context: WalkthroughContext,
  question: Question,
): ProposalView | undefined {
  const proposal = context.pendingProposal;
  if (proposal === null || proposal.questionId !== question.id) return undefined;
  const answer = `**${numberedAnswer(definition, question, proposal.value)}**`;
  // The reason quotes the person's own words (and a restored snapshot may hold anything): escaped,
  // so a typed address or markup stays text.
  const reason = proposal.reason === undefined ? '' : `, because ${inlineUserText(proposal.reason)}`;
  const text =
    proposal.source === 'reading'
      ? `I read this as ${answer}${reason}. Is that right? ${proposalTexts.notYetRecorded}`
      : `I could not match that to an option exactly. A language model suggests ${answer}. Is that right? ${proposalTexts.notYetRecorded}`;
  return {
    message: { kind: 'info', text, citations: [] },
    quickReplies: [
      { id: proposalActions.confirm, label: proposalTexts.confirmButton },
      { id: proposalActions.reject, label: proposalTexts.rejectButton },
    ],
  };
}
