import type { Intent } from '../interpretation/intent.ts';
import { type LoadedWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { noteTexts } from './note-texts.ts';
import type { QuickReply } from './reply.ts';
import type { ReplyParts } from './reply-parts.ts';
import type { SessionData } from './session-data.ts';

export const keepAsNoteAction = 'proposal:note';

export type UnrecordedTurn = {
  data: SessionData;
  parts: ReplyParts;
  intent: Intent;
  /** What the person typed this turn (undefined for a button). */
  text: string | undefined;
  before: LoadedWalkthrough | undefined;
  after: LoadedWalkthrough | undefined;
};

/**
 * Typed words are never lost: when text typed as an answer was not recorded (refused, or only
 * read as a proposal), they are remembered until the next turn and the reply offers "Keep my text
 * as a note". Any other turn forgets them (they stay in the transcript either way).
 */
export function keepUnrecordedText(turn: UnrecordedTurn): { data: SessionData; parts: ReplyParts } {
  const { unrecordedText: _previous, ...data } = turn.data;
  const questionId = unrecordedQuestion(turn);
  if (questionId === undefined || turn.text === undefined || turn.after === undefined)
    return { data, parts: turn.parts };
  return {
    data: {
      ...data,
      unrecordedText: { questionnaireId: turn.after.definition.id, questionId, text: turn.text },
    },
    parts: { ...turn.parts, quickReplies: withKeepButton(turn.parts.quickReplies) },
  };
}

/** The question whose answer the typed text did not become, if that is what happened. */
function unrecordedQuestion({ intent, text, before, after, parts }: UnrecordedTurn): string | undefined {
  if (intent.kind !== 'answer-text' || text === undefined || before === undefined || after === undefined)
    return undefined;
  if (walkthroughStateName(after) !== 'asking') return undefined;
  const questionId = after.snapshot.context.currentQuestionId;
  if (questionId === null || questionId !== before.snapshot.context.currentQuestionId) return undefined;
  const answerOf = (runtime: LoadedWalkthrough) =>
    JSON.stringify(
      Object.hasOwn(runtime.snapshot.context.answers, questionId)
        ? runtime.snapshot.context.answers[questionId]
        : null,
    );
  if (answerOf(before) !== answerOf(after)) return undefined;
  const pending = after.snapshot.context.pendingProposal;
  const proposed = pending !== null && pending.questionId === questionId;
  const refused = parts.messages.some((message) => message.kind === 'error');
  return proposed || refused ? questionId : undefined;
}

/** After the answer and proposal buttons, before the question's tools. */
function withKeepButton(quickReplies: readonly QuickReply[]): QuickReply[] {
  if (quickReplies.some((quickReply) => quickReply.id === keepAsNoteAction)) return [...quickReplies];
  const isChoice = (id: string) => id.startsWith('answer:') || id.startsWith('proposal:') || id === 'unsure';
  const lastChoice = quickReplies.findLastIndex((quickReply) => isChoice(quickReply.id));
  const button = { id: keepAsNoteAction, label: noteTexts.keepButton };
  return [...quickReplies.slice(0, lastChoice + 1), button, ...quickReplies.slice(lastChoice + 1)];
}
