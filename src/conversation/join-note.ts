import type { NoteKind, QuestionNote } from '../questionnaires/question-notes.ts';

const labels: Record<NoteKind, string> = { note: 'Note', evidence: 'Evidence' };
const labelled = /^(?:Note|Evidence): /;

/**
 * A question keeps one note; a later note joins it rather than replacing it, so no words are
 * lost. Once a note and evidence meet, each part is labelled and the whole counts as evidence
 * (what a reviewer of safeguards looks for), without passing the note off as evidence.
 */
export function joinNote(
  existing: QuestionNote | undefined,
  added: { kind: NoteKind; text: string },
): { kind: NoteKind; text: string } {
  const text = added.text.trim();
  if (existing === undefined) return { kind: added.kind, text };
  const mixed = existing.kind !== added.kind || labelled.test(existing.text);
  if (!mixed) return { kind: existing.kind, text: `${existing.text}\n\n${text}` };
  const before = labelled.test(existing.text) ? existing.text : `${labels[existing.kind]}: ${existing.text}`;
  return { kind: 'evidence', text: `${before}\n\n${labels[added.kind]}: ${text}` };
}
