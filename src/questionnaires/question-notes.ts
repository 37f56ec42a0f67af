import { z } from 'zod';
import { actorSchema } from './answers.ts';
import { formatCount, textLimits } from './text-limits.ts';

/** `evidence`: what shows a safeguard is in place (document names, dates, who checked); `note`: anything else. */
export const noteKindSchema = z.enum(['note', 'evidence']);
export type NoteKind = z.infer<typeof noteKindSchema>;

/** The person's own words kept beside a question; never an answer, never scored. */
export const questionNoteSchema = z
  .object({
    text: z.string().trim().min(1).max(textLimits.note),
    kind: noteKindSchema,
    /** ISO 8601, supplied by the caller so transitions stay pure. */
    at: z.string(),
    by: actorSchema.optional(),
  })
  .strict();
export type QuestionNote = z.infer<typeof questionNoteSchema>;

/** Notes keyed by question id: one entry per question (later notes join it, see join-note.ts). */
export const questionNotesSchema = z.record(z.string(), questionNoteSchema);
export type QuestionNotes = z.infer<typeof questionNotesSchema>;

/** Own properties only: a question id such as "constructor" must not find Object.prototype's. */
export function findNote(notes: QuestionNotes, questionId: string): QuestionNote | undefined {
  return Object.hasOwn(notes, questionId) ? notes[questionId] : undefined;
}

/** Why this text cannot be kept as a note (in words a person can act on), or undefined if it can. */
export function noteTextProblem(text: string): string | undefined {
  const length = text.trim().length;
  if (length === 0) return 'A note needs some text after "note:".';
  if (length > textLimits.note)
    return `A note can be at most ${formatCount(textLimits.note)} characters (all the notes on one question together); this one has ${formatCount(length)}.`;
  return undefined;
}
