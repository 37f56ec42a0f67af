import { currentQuestion } from '../machines/progress.ts';
import type { Actor } from '../questionnaires/answers.ts';
import { findNote, type NoteKind, noteTextProblem } from '../questionnaires/question-notes.ts';
import { joinNote } from './join-note.ts';
import { applyWalkthroughEvent, type LoadedWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { noteTexts } from './note-texts.ts';
import { quoteUserText } from './quote-user-text.ts';
import type { DraftMessage } from './reply-parts.ts';
import type { AuditEntry, UnrecordedText } from './session-data.ts';

export type NoteIntent =
  | { kind: 'note'; noteKind: NoteKind; text: string }
  | { kind: 'clear-note' }
  | { kind: 'keep-as-note' };

export type NoteTurnInput = {
  intent: NoteIntent;
  at: string;
  actor: Actor | undefined;
  /** The words last typed at this question that were not recorded ("Keep my text as a note"). */
  unrecorded: UnrecordedText | undefined;
};

export type NoteTurnResult = {
  runtime: LoadedWalkthrough | undefined;
  lead: DraftMessage[];
  audit: AuditEntry[];
};

/**
 * Adds to, or removes, the note of the question on screen. A note never answers the question:
 * the walkthrough stays where it was, and a pending reading of the same words is set aside
 * (the person chose to keep them as a note instead).
 */
export function noteTurn(runtime: LoadedWalkthrough | undefined, input: NoteTurnInput): NoteTurnResult {
  const { intent, at, actor } = input;
  const shown = runtime === undefined ? null : currentQuestion(runtime.definition, runtime.snapshot.context);
  if (runtime === undefined || walkthroughStateName(runtime) !== 'asking' || shown === null)
    return { runtime, lead: [error(noteTexts.noQuestion)], audit: [] };
  const questionId = shown.question.id;
  const existing = findNote(runtime.snapshot.context.notes, questionId);
  const base = {
    at,
    ...(actor === undefined ? {} : { actor }),
    questionnaireId: runtime.definition.id,
    questionId,
  };

  if (intent.kind === 'clear-note') {
    if (existing === undefined) return { runtime, lead: [info(noteTexts.nothingToClear)], audit: [] };
    const next = applyWalkthroughEvent(runtime, { type: 'note.clear', questionId });
    return { runtime: next, lead: [info(noteTexts.cleared)], audit: [{ ...base, event: 'note-cleared' }] };
  }

  const added = keptText(intent, input.unrecorded, runtime.definition.id, questionId);
  if (added === undefined) return { runtime, lead: [error(noteTexts.nothingToKeep)], audit: [] };
  const emptyProblem = noteTextProblem(added.text);
  if (emptyProblem !== undefined) return { runtime, lead: [error(emptyProblem)], audit: [] };
  const joined = joinNote(existing, added);
  const tooLong = noteTextProblem(joined.text);
  if (tooLong !== undefined)
    return { runtime, lead: [error(`${tooLong} ${noteTexts.notChanged}`)], audit: [] };

  let next = applyWalkthroughEvent(runtime, {
    type: 'note.set',
    questionId,
    ...joined,
    at,
    ...(actor === undefined ? {} : { by: actor }),
  });
  const audit: AuditEntry[] = [{ ...base, event: existing === undefined ? 'note-added' : 'note-changed' }];
  const pending = next.snapshot.context.pendingProposal;
  if (intent.kind === 'keep-as-note' && pending !== null && pending.questionId === questionId) {
    next = applyWalkthroughEvent(next, { type: 'proposal.reject' });
    audit.push({ ...base, event: 'proposal-rejected' });
  }
  const machineError = next.snapshot.context.error;
  if (machineError !== null) return { runtime, lead: [error(machineError.message)], audit: [] };
  const kept = findNote(next.snapshot.context.notes, questionId);
  const heading = `**${noteTexts.kept[added.kind]}.** ${noteTexts.notAnswered}`;
  return {
    runtime: next,
    lead: [info(`${heading}\n\n${quoteUserText(kept?.text ?? joined.text)}`)],
    audit,
  };
}

function keptText(
  intent: Exclude<NoteIntent, { kind: 'clear-note' }>,
  unrecorded: UnrecordedText | undefined,
  questionnaireId: string,
  questionId: string,
): { kind: NoteKind; text: string } | undefined {
  if (intent.kind === 'note') return { kind: intent.noteKind, text: intent.text };
  // Words typed at another question (or questionnaire) are not this question's note.
  if (unrecorded?.questionnaireId !== questionnaireId || unrecorded.questionId !== questionId)
    return undefined;
  return { kind: 'note', text: unrecorded.text };
}

function info(text: string): DraftMessage {
  return { kind: 'info', text, citations: [] };
}

function error(text: string): DraftMessage {
  return { kind: 'error', text, citations: [] };
}
