import type { Actor, Answers } from '../questionnaires/answers.ts';
import { findNote, type QuestionNote, type QuestionNotes } from '../questionnaires/question-notes.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { answerRecord, countedQuestions } from '../scoring/counted-questions.ts';
import { formatAnswer } from './format-answer.ts';

/** The channel of answers credited to a file import (see conversation/mark-imported-session.ts). */
export const importedAnswerChannel = 'import';

export type AnswerRow = {
  sectionTitle: string;
  questionId: string;
  prompt: string;
  answer: string;
  answeredBy: string;
  answeredAt: string;
  /** The note or evidence kept with the question, labelled ("Evidence: …"); empty without one. */
  note: string;
  /** Why an answer does or does not count. */
  status:
    | 'counted'
    | 'counted: suggested by the language model, confirmed by a person'
    | 'not counted: the other answers mean it is not asked'
    | 'not answered yet';
};

/** Every shown question and every recorded answer or note, in definition order, with whether it counted. */
export function answerRows(
  definition: Questionnaire,
  answers: Answers,
  notes: QuestionNotes = {},
): AnswerRow[] {
  const shownIds = new Set(countedQuestions(definition, answers).shown.map((entry) => entry.question.id));
  return definition.sections.flatMap((section) =>
    section.questions.flatMap((question): AnswerRow[] => {
      const record = answerRecord(answers, question.id);
      const shown = shownIds.has(question.id);
      const note = findNote(notes, question.id);
      if (!shown && record === undefined && note === undefined) return [];
      const status: AnswerRow['status'] = !shown
        ? 'not counted: the other answers mean it is not asked'
        : record === undefined
          ? 'not answered yet'
          : record.proposedByModel === true
            ? 'counted: suggested by the language model, confirmed by a person'
            : 'counted';
      return [
        {
          sectionTitle: section.title,
          questionId: question.id,
          prompt: question.prompt,
          answer: formatAnswer(question, definition, record?.value ?? null),
          answeredBy: answeredByText(record?.answeredBy),
          answeredAt: record?.answeredAt ?? '',
          note: noteText(note),
          status,
        },
      ];
    }),
  );
}

/** "Evidence: …", with where it came from when RAIA did not see it written. */
export function noteText(note: QuestionNote | undefined): string {
  if (note === undefined) return '';
  const label = note.kind === 'evidence' ? 'Evidence' : 'Note';
  const imported = note.by?.channel === importedAnswerChannel ? ' (from an imported file)' : '';
  return `${label}${imported}: ${note.text}`;
}

/** Who answered, as RAIA knows it; an imported answer's answerer is only the file's claim. */
function answeredByText(actor: Actor | undefined): string {
  if (actor === undefined) return '';
  return actor.channel === importedAnswerChannel ? 'from an imported file' : (actor.name ?? actor.id);
}
