import { applicableQuestions } from '../machines/progress.ts';
import type { WalkthroughContext } from '../machines/walkthrough-context.ts';
import type { QuestionKind, Questionnaire } from '../questionnaires/schema.ts';

/**
 * Seconds a person needs to read a question and its help text and answer it, by kind. Planning figures
 * chosen for RAIA, not measurements: a yes/no 15 s, one option from a list or a scale point 20 s, several
 * options 30 s, a number 20 s, a few typed sentences 60 s. Risk v1 comes to about 25 minutes at most.
 */
export const secondsPerKind: Record<QuestionKind, number> = {
  'yes-no': 15,
  single: 20,
  scale: 20,
  number: 20,
  multiple: 30,
  text: 60,
};

type Length = { count: number; upTo: boolean; minutes: number };

/** The questions still to answer that can apply, and about how long they take. */
export function remainingLength(definition: Questionnaire, context: WalkthroughContext): Length {
  const remaining = applicableQuestions(definition, context).filter(
    ({ question }) => !Object.hasOwn(context.answers, question.id),
  );
  const seconds = remaining.reduce((sum, { question }) => sum + secondsPerKind[question.kind], 0);
  return {
    count: remaining.length,
    upTo: remaining.some(({ certain }) => !certain),
    minutes: roundMinutes(seconds),
  };
}

/** Said when a questionnaire starts: "up to 80 questions, about 25 minutes; you can stop and resume at any time." */
export function lengthNotice(definition: Questionnaire, context: WalkthroughContext): string {
  // Counted as from the start (every unanswered question open), also when Back led to the intro.
  const length = remainingLength(definition, { ...context, startedAt: null });
  const fewer = length.upTo ? ' Fewer apply when your answers rule some out.' : '';
  return `This questionnaire has ${questions(length)}, ${duration(length)}; you can stop and resume at any time.${fewer}`;
}

/** Said when a questionnaire is resumed: what is left. */
export function remainingNotice(definition: Questionnaire, context: WalkthroughContext): string {
  const length = remainingLength(definition, context);
  if (length.count === 0) return 'Every question that applies has an answer.';
  return `${capitalise(questions(length))} left, ${duration(length)}.`;
}

function questions({ count, upTo }: Length): string {
  return `${upTo ? 'up to ' : ''}${count} question${count === 1 ? '' : 's'}`;
}

function duration({ minutes }: Length): string {
  return minutes <= 1 ? 'about a minute' : `about ${minutes} minutes`;
}

// Past ten minutes an estimate this rough is given to the nearest five.
function roundMinutes(seconds: number): number {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes > 10 ? Math.round(minutes / 5) * 5 : minutes;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
