import type { Actor, Answers } from '../questionnaires/answers.ts';
import type { QuestionNotes } from '../questionnaires/question-notes.ts';
import { importedAnswerChannel } from '../reports/answer-rows.ts';
import type { SessionExport, SessionOwner } from './assistant.ts';
import { type LoadedWalkthrough, toAssessmentRecord } from './load-walkthrough.ts';
import type {
  AuditEntry,
  SessionData,
  SessionImport,
  SignOffRecord,
  TranscriptEntry,
} from './session-data.ts';

/** Who imported a file, in words: the principal, or "anonymous import" without access control. */
export function describeImporter(importedBy: SessionOwner): string {
  return importedBy === null ? 'anonymous import' : `${importedBy.userId} (${importedBy.organisationId})`;
}

export type MarkedImport = {
  data: SessionData;
  transcript: TranscriptEntry[];
  audit: AuditEntry[];
  /** RAIA's own audit entries for the import (also the last entries of `audit`). */
  ownAudit: AuditEntry[];
};

/**
 * The session RAIA keeps from an imported file. RAIA vouches only for what it saw: who imported
 * the file, when, and its SHA-256. Everything else stays the file's claim: answers are credited to
 * the import (the names the file gives are kept as claims beside it), transcript and audit entries
 * are marked `imported`, and a note of RAIA's own says so after the imported conversation.
 */
export function markImportedSession(
  document: SessionExport,
  runtimes: readonly LoadedWalkthrough[],
  provenance: Omit<SessionImport, 'claims'>,
  generateId: () => string,
): MarkedImport {
  const { session } = document;
  const actor: Actor = {
    id: provenance.importedBy?.userId ?? 'anonymous-import',
    channel: importedAnswerChannel,
  };
  const record: SessionImport = {
    ...provenance,
    claims: {
      exportedAt: document.exportedAt,
      answeredBy: runtimes.map((runtime) => ({
        questionnaireId: runtime.definition.id,
        names: claimedAnswerers(session.data, runtime),
      })),
    },
  };
  const assessments: SessionData['assessments'] = {};
  for (const runtime of runtimes) {
    const context = runtime.snapshot.context;
    const snapshot = runtime.machine.resolveState({
      value: runtime.snapshot.value,
      // A rejected event's message belongs to its own turn; kept, it would be shown as RAIA's words.
      context: {
        ...context,
        error: null,
        answers: creditTo(context.answers, actor),
        notes: creditNotesTo(context.notes, actor),
      },
    });
    assessments[runtime.definition.id] = toAssessmentRecord({ ...runtime, snapshot });
  }
  const ownAudit: AuditEntry[] = runtimes.map((runtime) => ({
    at: provenance.at,
    actor,
    questionnaireId: runtime.definition.id,
    questionId: null,
    event: 'imported',
  }));
  const note: TranscriptEntry = {
    role: 'assistant',
    at: provenance.at,
    messages: [
      { id: generateId(), role: 'assistant', kind: 'info', text: importNote(record), citations: [] },
    ],
  };
  return {
    // The file's buttons would label the next click in the transcript: the next reply offers its own;
    // words the file says are waiting to be kept as a note were never typed here.
    data: {
      ...withoutUnrecordedText(session.data),
      assessments,
      lastQuickReplies: [],
      imports: [record],
      // A sign-off in a file is the file's account: kept (so the answers stay frozen), marked as such.
      ...(session.data.signOffs === undefined ? {} : { signOffs: markedSignOffs(session.data.signOffs) }),
      ...(session.data.decisions === undefined
        ? {}
        : {
            decisions: Object.fromEntries(
              Object.entries(session.data.decisions).map(([id, decision]) => [
                id,
                { ...decision, imported: true as const },
              ]),
            ),
          }),
    },
    transcript: [...session.transcript.map((entry) => ({ ...entry, imported: true as const })), note],
    audit: [...session.audit.map((entry) => ({ ...entry, imported: true as const })), ...ownAudit],
    ownAudit,
  };
}

function creditTo(answers: Answers, actor: Actor): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([questionId, answer]) => [questionId, { ...answer, answeredBy: actor }]),
  );
}

/** Notes, like answers, are what the file says was written: credited to the import. */
function creditNotesTo(notes: QuestionNotes, actor: Actor): QuestionNotes {
  return Object.fromEntries(
    Object.entries(notes).map(([questionId, note]) => [questionId, { ...note, by: actor }]),
  );
}

function markedSignOffs(signOffs: Record<string, SignOffRecord>): Record<string, SignOffRecord> {
  return Object.fromEntries(
    Object.entries(signOffs).map(([questionnaireId, signOff]) => [
      questionnaireId,
      { ...signOff, imported: true as const },
    ]),
  );
}

function withoutUnrecordedText(data: SessionData): SessionData {
  const { unrecordedText: _dropped, ...rest } = data;
  return rest;
}

/** The names the file gives as answerers, including those an earlier import kept as claims. */
function claimedAnswerers(data: SessionData, runtime: LoadedWalkthrough): string[] {
  const named = Object.values(runtime.snapshot.context.answers).flatMap((answer) => {
    const by = answer.answeredBy;
    return by === undefined || by.channel === importedAnswerChannel ? [] : [by.name ?? by.id];
  });
  const earlier = (data.imports ?? []).flatMap((entry) =>
    entry.claims.answeredBy.flatMap((claim) =>
      claim.questionnaireId === runtime.definition.id ? claim.names : [],
    ),
  );
  return [...new Set([...earlier, ...named])];
}

function importNote(record: SessionImport): string {
  const hash = record.hashedOver === 'received-bytes' ? 'SHA-256' : 'SHA-256 of its JSON text';
  return (
    `Everything above was imported from a file on ${record.at} by ${describeImporter(record.importedBy)} ` +
    `(${hash} ${record.sha256}). It is shown as the file has it: RAIA did not see it written, and ` +
    'has not checked who the file says answered.'
  );
}
