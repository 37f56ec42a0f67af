import type { NoteKind } from '../questionnaires/question-notes.ts';
import { normalizeCommandText } from './normalize-text.ts';

export type NoteCommand = { kind: 'note'; noteKind: NoteKind; text: string } | { kind: 'clear-note' };

// "note: …", "evidence - …", "add a note: …". The colon (or a dash between spaces) is what tells a
// note from an answer that happens to start with the word ("note-taking is automated").
const notePattern = /^\s*(?:add\s+(?:a\s+|an\s+|some\s+)?)?(notes?|evidence)(?:\s*[:：]|\s+[–—-]\s)\s*/iu;
const clearPattern =
  /^(?:clear|remove|delete|drop)\s+(?:the\s+|my\s+|this\s+)?(?:notes?|evidence)(?:\s+(?:on|for|from)\s+this\s+question)?$/;

/** Reads "note: …" / "evidence: …" (the words kept exactly as typed) and "clear note"; undefined otherwise. */
export function readNoteCommand(text: string): NoteCommand | undefined {
  const lead = notePattern.exec(text);
  if (lead !== null) {
    const noteKind: NoteKind = (lead[1] ?? '').toLowerCase() === 'evidence' ? 'evidence' : 'note';
    return { kind: 'note', noteKind, text: text.slice(lead[0].length).trim() };
  }
  return clearPattern.test(normalizeCommandText(text)) ? { kind: 'clear-note' } : undefined;
}
