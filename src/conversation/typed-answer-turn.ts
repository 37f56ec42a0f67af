import { isFreeText } from '../interpretation/is-free-text.ts';
import { endsWithQuestionMark, looksLikeQuestion } from '../interpretation/looks-like-question.ts';
import { readAnswer } from '../interpretation/read-answer.ts';
import type { WalkthroughEvent } from '../machines/walkthrough-events.ts';
import type { Actor } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { textLimits } from '../questionnaires/text-limits.ts';
import { conversationTexts } from './conversation-texts.ts';
import { proposalTexts } from './proposal-view.ts';
import type { DraftMessage } from './reply-parts.ts';
import type { TurnDependencies } from './turn-dependencies.ts';

export type TypedAnswerInput = {
  definition: Questionnaire;
  question: Question;
  text: string;
  at: string;
  actor: Actor | undefined;
};
export type TypedAnswerResult = {
  /** What to apply: a recorded answer (exact readings only) or a proposal; none when nothing was read. */
  event: WalkthroughEvent | undefined;
  lead: DraftMessage[];
  modelFailed: boolean;
};

/**
 * Text typed while a question is on screen. Only an exact reading is recorded; any other reading,
 * RAIA's or a model's, becomes a proposal the person confirms; a question about the Toolkit is
 * answered; anything else is refused saying what the question takes. Nothing unconfirmed is recorded.
 */
export async function typedAnswerTurn(
  { definition, question, text, at, actor }: TypedAnswerInput,
  dependencies: TurnDependencies,
): Promise<TypedAnswerResult> {
  const by = actor === undefined ? {} : { by: actor };
  // Any text fits a free-text question, so a trailing "?" is what tells a question from an answer.
  if (isFreeText(question) && endsWithQuestionMark(text))
    return toolkitAnswer(text, conversationTexts.resumeAfterTextQuestion, dependencies);
  const reading = readAnswer(definition, question, text);
  if (reading.kind === 'exact')
    return {
      event: { type: 'answer.submit', value: reading.value, at, ...by },
      lead: [],
      modelFailed: false,
    };
  // A loose reading of "what does ranking mean?" would be a guess: a question is answered instead.
  const asksSomething =
    looksLikeQuestion(text) &&
    text.length <= textLimits.question &&
    (reading.kind === 'none' || endsWithQuestionMark(text));
  if (asksSomething) return toolkitAnswer(text, conversationTexts.resumeAfterQuestion, dependencies);
  if (reading.kind === 'proposal') {
    const event: WalkthroughEvent = {
      type: 'answer.propose',
      value: reading.value,
      at,
      source: 'reading',
      reason: reading.reason.slice(0, 500),
    };
    return { event, lead: [], modelFailed: false };
  }
  if (dependencies.proposeAnswer === undefined)
    return { event: undefined, lead: [refusal(reading.expected)], modelFailed: false };
  const proposal = await dependencies.proposeAnswer(definition, question, text);
  // A working model that found no option (NONE) is a normal "no proposal": only a failed call is
  // reported, so the once-per-session notice is kept for an outage.
  if (!proposal.success)
    return {
      event: undefined,
      lead: [refusal(reading.expected)],
      modelFailed: proposal.error.code === 'model-unavailable',
    };
  const event: WalkthroughEvent = {
    type: 'answer.propose',
    value: proposal.data,
    at,
    source: 'model',
    reason: proposalTexts.modelReason,
  };
  return { event, lead: [], modelFailed: false };
}

async function toolkitAnswer(
  text: string,
  resume: string,
  dependencies: TurnDependencies,
): Promise<TypedAnswerResult> {
  const answer = await dependencies.askKnowledge(text);
  const lead: DraftMessage[] = [
    { kind: 'answer', text: answer.text, citations: answer.citations },
    { kind: 'info', text: resume, citations: [] },
  ];
  return { event: undefined, lead, modelFailed: answer.notice !== undefined };
}

function refusal(expected: string): DraftMessage {
  return { kind: 'error', text: `I could not match that to an answer. ${expected}`, citations: [] };
}
