import { currentQuestion, walkthroughProgress } from '../machines/progress.ts';
import { visibleQuestions } from '../questionnaires/visible-questions.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { answerHint } from './answer-hint.ts';
import { describeAnswer } from './describe-answer.ts';
import { type LoadedWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { questionView } from './question-view.ts';
import type { QuickReply } from './reply.ts';
import { emptyReplyParts, type ReplyParts } from './reply-parts.ts';
import { summarizeResult } from './summarize-result.ts';

/** The view of where a walkthrough stands: the current question, the review list, or the result. */
export function positionReply(runtime: LoadedWalkthrough): ReplyParts {
  const state = walkthroughStateName(runtime);
  if (state === 'review') return reviewReply(runtime);
  if (state === 'completed') return completedReply(runtime);
  if (state === 'intro') return introReply(runtime);
  return questionReply(runtime);
}

function introReply(runtime: LoadedWalkthrough): ReplyParts {
  const { definition } = runtime;
  return {
    ...emptyReplyParts,
    messages: [
      {
        kind: 'info',
        text: `**${definition.title}** (version ${definition.version})\n\n${definition.intro}`,
        citations: [],
      },
    ],
    quickReplies: [
      { id: 'begin', label: 'Begin' },
      { id: 'menu', label: 'Main menu' },
    ],
  };
}

function questionReply(runtime: LoadedWalkthrough): ReplyParts {
  const { definition } = runtime;
  const context = runtime.snapshot.context;
  const shown = currentQuestion(definition, context);
  if (shown === null) return reviewReply(runtime);
  const { question } = shown;
  const progress = walkthroughProgress(definition, context);
  const view = questionView(definition, question);
  const previous = answerRecord(context.answers, question.id);

  const lines = [
    `**${progress.section.title}** · Question ${shown.index + 1} of ${progress.total}`,
    '',
    question.prompt,
    '',
    `_${question.help}_`,
  ];
  if (previous !== undefined) {
    lines.push('', `Current answer: **${describeAnswer(definition, question, previous.value)}**`);
  }
  if (!question.required) lines.push('', '(Optional: you can skip it.)');
  const hint = answerHint(question);
  if (hint !== undefined) lines.push('', hint);

  const quickReplies: QuickReply[] = view.options.map((option, index) => ({
    id: `answer:${question.id}:${option.value}`,
    label: `${index + 1}. ${option.label}`,
  }));
  if (question.allowUnsure) quickReplies.push({ id: 'unsure', label: "I don't know" });
  if (shown.index > 0) quickReplies.push({ id: 'nav:back', label: 'Back' });
  if (!question.required) quickReplies.push({ id: 'nav:skip', label: 'Skip' });
  quickReplies.push(
    { id: 'explain', label: 'Why is this asked?' },
    { id: 'review', label: 'Review answers' },
  );

  return {
    messages: [{ kind: 'question', text: lines.join('\n'), citations: [] }],
    quickReplies,
    progress,
    question: view,
    review: null,
    report: null,
  };
}

function reviewItems(runtime: LoadedWalkthrough) {
  const { definition } = runtime;
  const answers = runtime.snapshot.context.answers;
  return visibleQuestions(definition, answers).map(({ question, section }) => {
    const record = answerRecord(answers, question.id);
    return {
      questionId: question.id,
      sectionTitle: section.title,
      prompt: question.prompt,
      answer: record === undefined ? null : describeAnswer(definition, question, record.value),
      required: question.required,
    };
  });
}

function reviewReply(runtime: LoadedWalkthrough): ReplyParts {
  const items = reviewItems(runtime);
  const missing = items.filter((item) => item.answer === null && item.required);
  const lines = [
    `**Review: ${runtime.definition.title}**`,
    '',
    `${items.length - items.filter((item) => item.answer === null).length} of ${items.length} questions answered.`,
    missing.length > 0
      ? `Still needed before you can submit: ${missing.length} required question(s).`
      : 'Everything required is answered. Change any answer below, or submit to see the result.',
  ];
  const quickReplies: QuickReply[] = [];
  if (missing[0] !== undefined) {
    quickReplies.push({ id: `edit:${missing[0].questionId}`, label: 'Answer the next missing question' });
  } else {
    quickReplies.push({ id: 'submit', label: 'Submit and see the result' });
  }
  quickReplies.push({ id: 'nav:back', label: 'Back to the last question' });
  const progress = walkthroughProgress(runtime.definition, runtime.snapshot.context);
  return {
    messages: [{ kind: 'review', text: lines.join('\n'), citations: [] }],
    quickReplies,
    progress,
    question: null,
    review: { questionnaireId: runtime.definition.id, items },
    report: null,
  };
}

function completedReply(runtime: LoadedWalkthrough): ReplyParts {
  const summary = summarizeResult(runtime.definition, runtime.snapshot.context.answers);
  return {
    messages: [{ kind: 'report', text: summary.text, citations: [] }],
    quickReplies: [
      { id: 'results', label: 'Show the full results' },
      { id: 'review', label: 'Change answers' },
      { id: 'restart', label: 'Start this questionnaire again' },
      { id: 'menu', label: 'Main menu' },
    ],
    progress: walkthroughProgress(runtime.definition, runtime.snapshot.context),
    question: null,
    review: null,
    report: { questionnaireId: runtime.definition.id, summary: summary.headline },
  };
}
