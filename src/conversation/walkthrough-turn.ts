import type { Intent } from '../interpretation/intent.ts';
import { isKeepReply } from '../interpretation/read-keep-reply.ts';
import { currentQuestion } from '../machines/progress.ts';
import type { WalkthroughEvent } from '../machines/walkthrough-events.ts';
import type { Actor, AnswerValue } from '../questionnaires/answers.ts';
import type { Question } from '../questionnaires/schema.ts';
import { unknownQuestionKind } from '../questionnaires/unknown-question-kind.ts';
import { visibleQuestions } from '../questionnaires/visible-questions.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { carriedAnswer } from './carried-answer.ts';
import { carriedTexts } from './carried-answer-lines.ts';
import { conversationTexts } from './conversation-texts.ts';
import { explainPackQuestion } from './explain-pack-question.ts';
import { explainQuestion } from './explain-question.ts';
import { applyWalkthroughEvent, type LoadedWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { proposalTexts } from './proposal-view.ts';
import { recordedEcho } from './recorded-echo.ts';
import type { DraftMessage } from './reply-parts.ts';
import type { AuditEntry, CarriedOver } from './session-data.ts';
import type { TurnDependencies } from './turn-dependencies.ts';
import { typedAnswerTurn } from './typed-answer-turn.ts';

export type WalkthroughTurnInput = {
  intent: Intent;
  at: string;
  actor: Actor | undefined;
  /** The answers a reassessment carried over, waiting at their questions to be kept or changed. */
  carried?: CarriedOver | undefined;
};
export type WalkthroughTurnResult = {
  runtime: LoadedWalkthrough;
  /** Messages shown before the walkthrough's current position (errors, explanations, answers). */
  lead: DraftMessage[];
  audit: AuditEntry[];
  /** True when the model could not be used this turn. */
  modelFailed: boolean;
};

/** Applies one intent to an active walkthrough. The machine decides what is valid; this only translates. */
export async function walkthroughTurn(
  runtime: LoadedWalkthrough,
  { intent, at, actor, carried }: WalkthroughTurnInput,
  dependencies: TurnDependencies,
): Promise<WalkthroughTurnResult> {
  const lead: DraftMessage[] = [];
  const by = actor === undefined ? {} : { by: actor };
  const shown = currentQuestion(runtime.definition, runtime.snapshot.context);
  const asking = walkthroughStateName(runtime) === 'asking' && shown !== null;
  let modelFailed = false;
  let event: WalkthroughEvent | undefined;
  // Offered only while the question has no answer: once answered, the answer is the person's own.
  const keepable =
    asking && answerRecord(runtime.snapshot.context.answers, shown.question.id) === undefined
      ? carriedAnswer(carried, runtime.definition, shown.question)
      : undefined;
  let keptCarried = false;

  switch (intent.kind) {
    case 'answer-text': {
      if (!asking) break;
      // While a held change waits, the person is answering "Change it anyway?", not keeping this.
      const changeHeld = runtime.snapshot.context.pendingChange !== null;
      if (keepable !== undefined && !changeHeld && isKeepReply(intent.text)) {
        event = { type: 'answer.submit', value: keepable, at, ...by };
        keptCarried = true;
        break;
      }
      const typed = await typedAnswerTurn(
        { definition: runtime.definition, question: shown.question, text: intent.text, at, actor },
        dependencies,
      );
      event = typed.event;
      lead.push(...typed.lead);
      modelFailed = typed.modelFailed;
      break;
    }
    case 'answer-action':
      if (!asking) break;
      // A button from an earlier question (an old card, a double click) must not answer this one.
      if (intent.questionId !== null && intent.questionId !== shown.question.id) {
        lead.push({ kind: 'error', text: conversationTexts.staleButton, citations: [] });
        break;
      }
      event = { type: 'answer.submit', value: valueFromAction(shown.question, intent.raw), at, ...by };
      break;
    case 'keep-carried': {
      if (!asking) break;
      // A keep button from another question keeps nothing; nor one from before this was answered.
      const otherQuestion = intent.questionId !== null && intent.questionId !== shown.question.id;
      if (otherQuestion || keepable === undefined) {
        const answered = answerRecord(runtime.snapshot.context.answers, shown.question.id) !== undefined;
        const text = !otherQuestion && answered ? carriedTexts.answeredSince : conversationTexts.staleButton;
        lead.push({ kind: 'error', text, citations: [] });
        break;
      }
      // The same event a button answer makes: the machine checks the value as it checks any answer.
      event = { type: 'answer.submit', value: keepable, at, ...by };
      keptCarried = true;
      break;
    }
    case 'unsure':
      if (asking) event = { type: 'answer.submit', value: { unsure: true }, at, ...by };
      break;
    case 'confirm-proposal':
      event = { type: 'proposal.confirm', at, ...by };
      break;
    case 'reject-proposal':
      event = { type: 'proposal.reject' };
      if (runtime.snapshot.context.pendingProposal !== null)
        lead.push({ kind: 'info', text: proposalTexts.rejected, citations: [] });
      break;
    case 'begin':
      event = { type: 'walkthrough.start', at };
      break;
    case 'back':
      event = { type: 'nav.back' };
      break;
    case 'next-unanswered':
      if (walkthroughStateName(runtime) === 'completed')
        runtime = applyWalkthroughEvent(runtime, { type: 'assessment.reopen' });
      event = { type: 'nav.next-unanswered' };
      break;
    case 'confirm-change':
      event = { type: 'change.confirm' };
      break;
    case 'keep-answer':
      event = { type: 'change.cancel' };
      break;
    case 'skip':
      event = { type: 'nav.skip' };
      break;
    case 'explain':
      if (shown !== null) {
        event = { type: 'explain.request' };
        lead.push(
          explainPackQuestion(runtime.definition, shown.question) ??
            (await explainQuestion(shown.question, dependencies)),
        );
      }
      break;
    case 'review':
      event =
        walkthroughStateName(runtime) === 'completed'
          ? { type: 'assessment.reopen' }
          : { type: 'review.open' };
      break;
    case 'edit-number': {
      // The number refers to the review list: the questions shown, in order.
      const shownQuestions = visibleQuestions(runtime.definition, runtime.snapshot.context.answers);
      const target = shownQuestions[intent.position - 1];
      if (target === undefined) {
        lead.push({
          kind: 'error',
          text: `There is no answer number ${intent.position}: the list has ${shownQuestions.length}.`,
          citations: [],
        });
        break;
      }
      if (walkthroughStateName(runtime) === 'completed')
        runtime = applyWalkthroughEvent(runtime, { type: 'assessment.reopen' });
      event = { type: 'review.edit', questionId: target.question.id };
      break;
    }
    case 'edit':
      if (walkthroughStateName(runtime) === 'completed')
        runtime = applyWalkthroughEvent(runtime, { type: 'assessment.reopen' });
      event = { type: 'review.edit', questionId: intent.questionId };
      break;
    case 'submit':
      event = { type: 'assessment.submit', at };
      break;
    case 'restart':
      event = { type: 'assessment.restart' };
      lead.push({ kind: 'info', text: conversationTexts.restarted, citations: [] });
      break;
    default:
      break;
  }

  if (event === undefined) return { runtime, lead, audit: [], modelFailed };
  const before = runtime;
  let next = applyWalkthroughEvent(runtime, event);
  // A restart lands on the intro; the user asked to begin again, so begin.
  if (event.type === 'assessment.restart')
    next = applyWalkthroughEvent(next, { type: 'walkthrough.start', at });
  const error = next.snapshot.context.error;
  if (error !== null) lead.push({ kind: 'error', text: error.message, citations: [] });
  const echo = shown === null ? undefined : recordedEcho(before, next, shown.question.id);
  if (echo !== undefined) lead.push(echo);
  const audit = auditEntries(before, next, event, { at, actor, keptCarried });
  return { runtime: next, lead, audit, modelFailed };
}

/** Quick-reply values arrive as text: `a+b` for several options, digits for scales and numbers. */
export function valueFromAction(question: Question, raw: string): AnswerValue {
  switch (question.kind) {
    case 'multiple':
      return raw.split('+').filter((part) => part !== '');
    case 'scale':
    case 'number':
      return /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'single':
    case 'yes-no':
    case 'text':
      return raw;
    default:
      return unknownQuestionKind(question);
  }
}

function auditEntries(
  before: LoadedWalkthrough,
  after: LoadedWalkthrough,
  event: WalkthroughEvent,
  { at, actor, keptCarried }: { at: string; actor: Actor | undefined; keptCarried: boolean },
): AuditEntry[] {
  const questionnaireId = after.definition.id;
  const base = actor === undefined ? { at, questionnaireId } : { at, actor, questionnaireId };
  const oldAnswers = before.snapshot.context.answers;
  const newAnswers = after.snapshot.context.answers;
  const entries: AuditEntry[] = [];
  for (const [questionId, record] of Object.entries(newAnswers)) {
    const previous = Object.hasOwn(oldAnswers, questionId) ? oldAnswers[questionId] : undefined;
    // The same record object is the same answer; only a new one needs comparing.
    if (previous === record) continue;
    if (previous !== undefined && JSON.stringify(previous) === JSON.stringify(record)) continue;
    const confirmed = event.type === 'proposal.confirm';
    entries.push({
      ...base,
      questionId,
      event: confirmed
        ? 'proposal-confirmed'
        : keptCarried
          ? 'carried-over-confirmed'
          : previous === undefined
            ? 'answered'
            : 'changed',
    });
  }
  const stateBefore = walkthroughStateName(before);
  const stateAfter = walkthroughStateName(after);
  const pendingBefore = before.snapshot.context.pendingProposal;
  const pendingAfter = after.snapshot.context.pendingProposal;
  if (pendingAfter !== null && pendingBefore === null) {
    const event = pendingAfter.source === 'reading' ? 'proposed-by-reading' : 'proposed-by-model';
    entries.push({ ...base, questionId: pendingAfter.questionId, event });
  }
  if (event.type === 'proposal.reject' && pendingBefore !== null) {
    entries.push({ ...base, questionId: pendingBefore.questionId, event: 'proposal-rejected' });
  }
  if (event.type === 'nav.skip' && after.snapshot.context.error === null) {
    entries.push({ ...base, questionId: before.snapshot.context.currentQuestionId, event: 'skipped' });
  }
  if (stateAfter === 'completed' && stateBefore !== 'completed')
    entries.push({ ...base, questionId: null, event: 'submitted' });
  if (stateBefore === 'completed' && stateAfter !== 'completed')
    entries.push({ ...base, questionId: null, event: 'reopened' });
  if (event.type === 'assessment.restart') entries.push({ ...base, questionId: null, event: 'restarted' });
  return entries;
}
