import { currentQuestion } from '../machines/progress.ts';
import { nextUnansweredQuestion } from '../machines/walkthrough-navigation.ts';
import { visibleQuestions } from '../questionnaires/visible-questions.ts';
import { formatNumberRanges } from '../reports/format-number-ranges.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { answerHint } from './answer-hint.ts';
import {
  type CarriedContext,
  carriedAnswerPrompt,
  carriedFrom,
  carriedReviewAnswer,
  carriedTexts,
} from './carried-answer-lines.ts';
import { changeWarning } from './change-warning.ts';
import { decisionLine } from './decision-line.ts';
import { describeAnswer } from './describe-answer.ts';
import { evaluateSessionPacks } from './evaluate-session-packs.ts';
import { findDecision } from './find-decision.ts';
import { frameworkLines, offeredDocuments } from './framework-lines.ts';
import { type LoadedWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { proposalView } from './proposal-view.ts';
import { questionNoteLines, reviewNote } from './question-note-lines.ts';
import { questionReviewLines } from './question-review-lines.ts';
import { questionView } from './question-view.ts';
import { lengthNotice } from './questionnaire-length.ts';
import type { QuickReply } from './reply.ts';
import { type DraftMessage, emptyReplyParts, type ReplyParts } from './reply-parts.ts';
import { replyProgress } from './reply-progress.ts';
import type { SessionData } from './session-data.ts';
import { summarizeResult } from './summarize-result.ts';

/**
 * The session around the walkthrough, which its cards show too: answers carried over from a signed
 * assessment, assignments and comments; dates in the agency's time zone.
 */
export type PositionSession = { data: SessionData; timeZone: string };

/** The view of where a walkthrough stands: the current question, the review list, or the result. */
export function positionReply(runtime: LoadedWalkthrough, session: PositionSession): ReplyParts {
  const state = walkthroughStateName(runtime);
  if (state === 'review') return reviewReply(runtime, session);
  if (state === 'completed') return completedReply(runtime, session);
  if (state === 'intro') return introReply(runtime);
  return questionReply(runtime, session);
}

const carriedContext = (session: PositionSession): CarriedContext => ({
  carried: session.data.carriedOver,
  timeZone: session.timeZone,
});

function introReply(runtime: LoadedWalkthrough): ReplyParts {
  const { definition } = runtime;
  return {
    ...emptyReplyParts,
    messages: [
      {
        kind: 'info',
        text: `**${definition.title}** (version ${definition.version})\n\n${definition.intro}\n\n${lengthNotice(definition, runtime.snapshot.context)}`,
        citations: [],
      },
    ],
    quickReplies: [
      { id: 'begin', label: 'Begin' },
      { id: 'menu', label: 'Main menu' },
    ],
  };
}

function questionReply(runtime: LoadedWalkthrough, session: PositionSession): ReplyParts {
  const { definition } = runtime;
  const context = runtime.snapshot.context;
  const shown = currentQuestion(definition, context);
  if (shown === null) return reviewReply(runtime, session);
  const { question } = shown;
  const progress = replyProgress(definition, context);
  const previous = answerRecord(context.answers, question.id);
  const view = questionView(definition, question, previous);

  const lines = [`**${progress.label}**`, '', question.prompt, '', `_${question.help}_`];
  if (previous !== undefined) {
    lines.push('', `Current answer: **${describeAnswer(definition, question, previous.value)}**`);
  }
  const carried = carriedAnswerPrompt(carriedContext(session), definition, question, context.answers);
  if (carried !== undefined) lines.push(...carried.lines);
  if (!question.required) lines.push('', '(Optional: you can skip it.)');
  const hint = answerHint(question);
  if (hint !== undefined) lines.push('', hint);
  lines.push(...questionNoteLines(definition, question, context.notes));
  lines.push(...questionReviewLines(session.data, definition.id, question.id));

  const quickReplies: QuickReply[] = [
    // Keeping what was carried over is the likely answer on a reassessment: offered first.
    ...(carried === undefined ? [] : [carried.quickReply]),
    ...view.options.map((option, index) => ({
      id: `answer:${question.id}:${option.value}`,
      label: `${index + 1}. ${option.label}`,
    })),
  ];
  if (question.allowUnsure) quickReplies.push({ id: 'unsure', label: "I don't know" });
  if (shown.index > 0) quickReplies.push({ id: 'nav:back', label: 'Back' });
  if (!question.required) quickReplies.push({ id: 'nav:skip', label: 'Skip' });
  // Offered once the person is back on an answered question, to return to where the work is.
  const next = nextUnansweredQuestion(definition, context.answers, question.id);
  if (previous !== undefined && next !== null && next !== question.id)
    quickReplies.push({ id: 'nav:next-unanswered', label: 'Next unanswered question' });
  quickReplies.push(
    { id: 'explain', label: 'Why is this asked?' },
    { id: 'review', label: 'Review answers' },
  );

  const card: DraftMessage = { kind: 'question', text: lines.join('\n'), citations: [] };
  const warning = changeWarning(definition, context, question);
  // A held change is a question of its own: only its two answers are offered until it is settled.
  if (warning !== undefined)
    return {
      messages: [card, { kind: 'info', text: warning.text, citations: [] }],
      quickReplies: warning.quickReplies,
      progress,
      question: null,
      review: null,
      report: null,
    };
  const proposal = proposalView(definition, context, question);
  // A reading waits for the person: confirm it or see the options again. The question stays on
  // screen (typing or picking another answer still works); its tools stay too.
  if (proposal !== undefined)
    return {
      messages: [card, proposal.message],
      quickReplies: [
        ...proposal.quickReplies,
        ...quickReplies.filter((reply) => !reply.id.startsWith('answer:') && reply.id !== 'unsure'),
      ],
      progress,
      question: view,
      review: null,
      report: null,
    };
  return { messages: [card], quickReplies, progress, question: view, review: null, report: null };
}

function reviewItems(runtime: LoadedWalkthrough, session: PositionSession) {
  const { definition } = runtime;
  const answers = runtime.snapshot.context.answers;
  return visibleQuestions(definition, answers).map(({ question, section }) => {
    const record = answerRecord(answers, question.id);
    const carried = carriedReviewAnswer(carriedContext(session), definition, question, answers);
    return {
      questionId: question.id,
      sectionTitle: section.title,
      prompt: question.prompt,
      answer: record === undefined ? null : describeAnswer(definition, question, record.value),
      required: question.required,
      ...reviewNote(runtime.snapshot.context.notes, question.id),
      ...(carried === undefined ? {} : { carriedOver: carried }),
    };
  });
}

function reviewReply(runtime: LoadedWalkthrough, session: PositionSession): ReplyParts {
  const items = reviewItems(runtime, session);
  // Numbered as the list is, so "change 3" opens one of them in every channel.
  const toConfirm = items.flatMap((item, index) => (item.carriedOver === undefined ? [] : [index + 1]));
  const missing = items.filter((item) => item.answer === null && item.required);
  const progress = replyProgress(runtime.definition, runtime.snapshot.context);
  const lines = [
    `**Review: ${runtime.definition.title}**`,
    '',
    `${progress.label}.`,
    missing.length > 0
      ? `Still needed before you can submit: ${missing.length} required question(s).`
      : 'Everything required is answered. Change any answer below, or submit to see the result.',
  ];
  if (toConfirm.length > 0)
    lines.push(
      `Carried over from ${carriedFrom(carriedContext(session))} and still to confirm: ${toConfirm.length === 1 ? 'question' : 'questions'} ${formatNumberRanges(toConfirm)} (${carriedTexts.countsForNothing}).`,
    );
  const quickReplies: QuickReply[] = [];
  if (missing.length === 0) quickReplies.push({ id: 'submit', label: 'Submit and see the result' });
  if (items.some((item) => item.answer === null))
    quickReplies.push({ id: 'nav:next-unanswered', label: 'Next unanswered question' });
  quickReplies.push({ id: 'nav:back', label: 'Back to where I was' });
  return {
    messages: [{ kind: 'review', text: lines.join('\n'), citations: [] }],
    quickReplies,
    progress,
    question: null,
    review: { questionnaireId: runtime.definition.id, items },
    report: null,
  };
}

function completedReply(runtime: LoadedWalkthrough, session: PositionSession): ReplyParts {
  const summary = summarizeResult(runtime.definition, runtime.snapshot.context.answers);
  const packs = evaluateSessionPacks(runtime);
  const packLines = frameworkLines(packs, runtime.definition).join('\n');
  const documents = offeredDocuments(packs);
  // A signed-off assessment is frozen: offering to change it would only lead to a refusal.
  const signed = Object.hasOwn(session.data.signOffs ?? {}, runtime.definition.id);
  // The decision ends a risk assessment; once signed, the report carries it with the sign-off.
  const decision =
    runtime.definition.scoring.kind === 'risk' && !signed
      ? `\n\n${decisionLine(findDecision(session.data, runtime.definition.id))}`
      : '';
  return {
    messages: [
      {
        kind: 'report',
        text: `${summary.text}${packLines === '' ? '' : `\n${packLines}`}${decision}`,
        citations: [],
      },
    ],
    quickReplies: [
      { id: 'results', label: 'Show the full results' },
      ...(signed
        ? []
        : [
            { id: 'review', label: 'Change answers' },
            { id: 'restart', label: 'Start this questionnaire again' },
          ]),
      { id: 'menu', label: 'Main menu' },
    ],
    progress: replyProgress(runtime.definition, runtime.snapshot.context),
    question: null,
    review: null,
    report: {
      questionnaireId: runtime.definition.id,
      summary: summary.headline,
      ...(documents.length > 0 ? { documents } : {}),
    },
  };
}
