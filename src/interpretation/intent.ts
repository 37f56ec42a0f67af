import type { NoteKind } from '../questionnaires/question-notes.ts';

/** What a user's turn asks for, before it is applied to the session. */
export type Intent =
  | { kind: 'help' }
  | { kind: 'menu' }
  | { kind: 'ask-mode' }
  | { kind: 'start'; questionnaireId: string }
  | { kind: 'question'; text: string }
  | { kind: 'answer-text'; text: string }
  | { kind: 'answer-action'; questionId: string | null; raw: string }
  | { kind: 'unsure' }
  | { kind: 'begin' }
  | { kind: 'back' }
  | { kind: 'skip' }
  | { kind: 'explain' }
  | { kind: 'review' }
  | { kind: 'edit'; questionId: string }
  /** "change 3": the third item of the review list. */
  | { kind: 'edit-number'; position: number }
  | { kind: 'submit' }
  | { kind: 'restart' }
  | { kind: 'results' }
  | { kind: 'where-was-i' }
  | { kind: 'confirm-proposal' }
  | { kind: 'reject-proposal' }
  /** "Next unanswered question": on from the current question to the next one without an answer. */
  | { kind: 'next-unanswered' }
  /** A change that would hide answered questions: apply it, or keep the old answer. */
  | { kind: 'confirm-change' }
  | { kind: 'keep-answer' }
  /**
   * Keep the answer a reassessment carried over to this question (`carry:keep:<question>`, or typed
   * "keep" / "same"); the question id, when the button named one, lets a stale button be refused.
   */
  | { kind: 'keep-carried'; questionId: string | null }
  /** "note: …" / "evidence: …": kept beside the question on screen, answering nothing. */
  | { kind: 'note'; noteKind: NoteKind; text: string }
  | { kind: 'clear-note' }
  /** "Keep my text as a note": the words last typed at this question that were not recorded. */
  | { kind: 'keep-as-note' }
  /** Text in another language than English: RAIA says it reads English for now and reads nothing. */
  | { kind: 'other-language' }
  | { kind: 'unknown-action'; action: string };

/** What reading a turn depends on: typed text and quick-reply ids mean different things while asking. */
export type InputContext = {
  /** True while a walkthrough is showing a question (free text is then first tried as an answer). */
  asking: boolean;
  /** Questionnaire ids that can be started, e.g. `risk`, `readiness`, and agency ones. */
  questionnaireIds: readonly string[];
  /** True while the question on screen takes any text (a name, notes), where names of other languages are common. */
  takesAnyText?: boolean;
};
