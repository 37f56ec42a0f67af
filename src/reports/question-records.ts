import type { Answers } from '../questionnaires/answers.ts';
import { findNote, type QuestionNotes } from '../questionnaires/question-notes.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import { noteText } from './answer-rows.ts';
import { findQuestion } from './find-question.ts';
import { formatAnswer } from './format-answer.ts';
import type { QuestionRecord } from './report-parts-schema.ts';

export type RecordSource = {
  definition: Questionnaire;
  answers: Answers;
  notes: QuestionNotes;
  /** Ids of the questions currently shown: a hidden question's kept answer counts for nothing. */
  shown: ReadonlySet<string>;
};

/** The answer to a shown question in words ("not answered yet" when empty); undefined when hidden. */
export function shownAnswerText(source: RecordSource, questionId: string): string | undefined {
  const question = findQuestion(source.definition, questionId);
  if (question === undefined || !source.shown.has(questionId)) return undefined;
  const record = answerRecord(source.answers, questionId);
  return record === undefined ? 'not answered yet' : formatAnswer(question, source.definition, record.value);
}

/**
 * The shown questions among `entries` with their answers and the evidence or notes kept with
 * them; a hidden question appears only when someone left a note on it.
 */
export function questionRecords(
  source: RecordSource,
  entries: ReadonlyArray<{ questionId: string; aspect: string }>,
): QuestionRecord[] {
  return entries.flatMap(({ questionId, aspect }): QuestionRecord[] => {
    const question = findQuestion(source.definition, questionId);
    const note = findNote(source.notes, questionId);
    const answer = shownAnswerText(source, questionId);
    if (question === undefined || (answer === undefined && note === undefined)) return [];
    return [
      {
        questionId,
        aspect,
        prompt: question.prompt,
        answer: answer ?? 'not asked for this system',
        note: note === undefined ? null : noteText(note),
      },
    ];
  });
}
