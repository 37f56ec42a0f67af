import type { Progress, QuestionView } from '../conversation/reply.ts';
import { type AnswerValue, isUnsure } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { type VisibleQuestion, visibleQuestions } from '../questionnaires/visible-questions.ts';
import { answerChoices } from './answer-choices.ts';
import type { WalkthroughContext } from './walkthrough-context.ts';

/** The question being asked, with its section and 0-based position among visible questions; null outside `asking`. */
export function currentQuestion(
  definition: Questionnaire,
  context: WalkthroughContext,
): VisibleQuestion | null {
  return (
    visibleQuestions(definition, context.answers).find(
      ({ question }) => question.id === context.currentQuestionId,
    ) ?? null
  );
}

/**
 * Answered and total count only visible questions (a hidden answer is kept but not counted). The section
 * is the current question's, its 0-based `index` among sections with a visible question; before the
 * start it is the first such section and after the last question the last one.
 */
export function walkthroughProgress(definition: Questionnaire, context: WalkthroughContext): Progress {
  const shown = visibleQuestions(definition, context.answers);
  const sections = [...new Set(shown.map(({ section }) => section))];
  const current = shown.find(({ question }) => question.id === context.currentQuestionId)?.section;
  const section =
    current ?? (context.startedAt === null ? sections[0] : sections.at(-1)) ?? definition.sections[0];
  return {
    questionnaireId: definition.id,
    answered: shown.filter(({ question }) => Object.hasOwn(context.answers, question.id)).length,
    total: shown.length,
    section: {
      id: section?.id ?? '',
      title: section?.title ?? '',
      index: section === undefined ? 0 : Math.max(0, sections.indexOf(section)),
      count: sections.length,
    },
  };
}

/** An answer as people read it: "Likely (4)", "Images and video, Text", "I don't know". */
export function describeAnswer(definition: Questionnaire, question: Question, value: AnswerValue): string {
  if (isUnsure(value)) return "I don't know";
  const labelOf = (item: string | number) =>
    answerChoices(definition, question).find((choice) => choice.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map(labelOf).join(', ');
  switch (question.kind) {
    case 'scale':
      return `${labelOf(value)} (${value})`;
    case 'number': {
      const unit = question.number?.unit;
      if (unit === undefined) return String(value);
      return unit === '%' ? `${value}%` : `${value} ${unit}`;
    }
    case 'text':
      return String(value);
    default:
      return labelOf(value);
  }
}

/** What a channel needs to show a question; `options` are numbered 1, 2, ... in this order. */
export function questionView(definition: Questionnaire, question: Question): QuestionView {
  return {
    questionnaireId: definition.id,
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    help: question.help,
    required: question.required,
    options: answerChoices(definition, question).map(({ value, label }) => ({ value, label })),
  };
}
