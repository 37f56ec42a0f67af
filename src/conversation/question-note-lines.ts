import { findNote, type NoteKind, type QuestionNotes } from '../questionnaires/question-notes.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { noteTexts } from './note-texts.ts';
import { quoteUserText } from './quote-user-text.ts';

/** Whether the question asks how far a risk's safeguards are in place (a risk item's `mitigation`). */
export function isSafeguardsQuestion(definition: Questionnaire, questionId: string): boolean {
  return (
    definition.scoring.kind === 'risk' &&
    definition.scoring.risks.some((risk) => risk.mitigation === questionId)
  );
}

/**
 * Lines for a question card: the note already kept with the question, and on a safeguards
 * question the invitation to add evidence (the released definitions are never edited for it).
 */
export function questionNoteLines(
  definition: Questionnaire,
  question: Question,
  notes: QuestionNotes,
): string[] {
  const lines: string[] = [];
  const note = findNote(notes, question.id);
  if (note !== undefined) {
    const heading = note.kind === 'evidence' ? 'Your evidence' : 'Your note';
    lines.push('', `${heading} (kept with this question, not an answer):`, '', quoteUserText(note.text));
  }
  if (isSafeguardsQuestion(definition, question.id)) lines.push('', `_${noteTexts.evidenceInvitation}_`);
  return lines;
}

/** The review item's `note` field: present only when the question has a note. */
export function reviewNote(
  notes: QuestionNotes,
  questionId: string,
): { note?: { kind: NoteKind; text: string } } {
  const note = findNote(notes, questionId);
  return note === undefined ? {} : { note: { kind: note.kind, text: note.text } };
}
