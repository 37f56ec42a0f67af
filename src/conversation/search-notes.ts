import { z } from 'zod';
import type { Result } from '../app-error.ts';
import { normalizeText } from '../interpretation/normalize-text.ts';
import { actorSchema } from '../questionnaires/answers.ts';
import { type NoteKind, noteKindSchema } from '../questionnaires/question-notes.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { importedAnswerChannel } from '../reports/answer-rows.ts';
import { loadWalkthrough } from './load-walkthrough.ts';
import type { SessionData } from './session-data.ts';

export const noteMatchSchema = z.object({
  questionnaireId: z.string(),
  version: z.string(),
  questionId: z.string(),
  sectionTitle: z.string(),
  prompt: z.string(),
  kind: noteKindSchema,
  text: z.string(),
  at: z.string(),
  by: actorSchema.optional(),
  /** The note came from an imported file: what the file says was written. */
  imported: z.boolean(),
});
export type NoteMatch = z.infer<typeof noteMatchSchema>;

export type NoteSearch = {
  /** Words that must all occur (case and accents ignored) in the note or its question; empty: every note. */
  query?: string | undefined;
  questionnaireId?: string | undefined;
  kind?: NoteKind | undefined;
};

/**
 * A reviewer's search over a session's notes and evidence: every word of the query must occur in
 * the note or in its question's prompt, so "dpia" finds the evidence however it was capitalised
 * and "human review" finds notes on oversight questions. In questionnaire and definition order.
 */
export function searchNotes(
  data: SessionData,
  questionnaires: QuestionnaireRegistry,
  search: NoteSearch,
): Result<NoteMatch[]> {
  const words = normalizeText(search.query ?? '')
    .split(' ')
    .filter((word) => word !== '');
  const matches: NoteMatch[] = [];
  for (const [questionnaireId, record] of Object.entries(data.assessments)) {
    if (search.questionnaireId !== undefined && search.questionnaireId !== questionnaireId) continue;
    const loaded = loadWalkthrough(questionnaires, record);
    if (!loaded.success) return loaded;
    const { definition } = loaded.data;
    const notes = loaded.data.snapshot.context.notes;
    for (const section of definition.sections) {
      for (const question of section.questions) {
        const note = Object.hasOwn(notes, question.id) ? notes[question.id] : undefined;
        if (note === undefined || (search.kind !== undefined && note.kind !== search.kind)) continue;
        const haystack = ` ${normalizeText(`${note.text} ${question.prompt}`)} `;
        if (!words.every((word) => haystack.includes(word))) continue;
        matches.push({
          questionnaireId,
          version: definition.version,
          questionId: question.id,
          sectionTitle: section.title,
          prompt: question.prompt,
          kind: note.kind,
          text: note.text,
          at: note.at,
          ...(note.by === undefined ? {} : { by: note.by }),
          imported: note.by?.channel === importedAnswerChannel,
        });
      }
    }
  }
  return { success: true, data: matches };
}
