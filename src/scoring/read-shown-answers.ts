import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { VisibleQuestion } from '../questionnaires/visible-questions.ts';
import { answerRecord, countedQuestions } from './counted-questions.ts';
import { type AnswerReading, readAnswer } from './read-answer.ts';
import type { AnswerCounts, OpenItem } from './result-schema.ts';

export type ShownAnswer = VisibleQuestion & { reading: AnswerReading };

/** Every shown question with what its answer means. Hidden questions are left out entirely. */
export function readShownAnswers(definition: Questionnaire, answers: Answers): ShownAnswer[] {
  return countedQuestions(definition, answers).shown.map((visible) => ({
    ...visible,
    reading: readAnswer(visible.question, definition, answerRecord(answers, visible.question.id)),
  }));
}

/** Unsure and invalid answers are always open; an empty answer only when the question is required. */
export function openItemFor(shown: ShownAnswer): OpenItem | undefined {
  const { question, section, reading } = shown;
  const item = (reason: OpenItem['reason']): OpenItem => ({
    questionId: question.id,
    sectionId: section.id,
    prompt: question.prompt,
    reason,
  });
  if (reading.status === 'unsure' || reading.status === 'invalid') return item(reading.status);
  return reading.status === 'unanswered' && question.required ? item('unanswered') : undefined;
}

export function openItemsOf(shown: readonly ShownAnswer[]): OpenItem[] {
  return shown.flatMap((entry) => openItemFor(entry) ?? []);
}

export function isAnswered(reading: AnswerReading): boolean {
  return reading.status !== 'unanswered' && reading.status !== 'invalid';
}

export function countAnswers(shown: readonly ShownAnswer[]): AnswerCounts {
  const answered = shown.filter((entry) => isAnswered(entry.reading)).length;
  return {
    shown: shown.length,
    answered,
    unsure: shown.filter((entry) => entry.reading.status === 'unsure').length,
    unanswered: shown.length - answered,
    percentAnswered: shown.length === 0 ? 100 : (answered * 100) / shown.length,
  };
}
