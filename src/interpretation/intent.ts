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
  | { kind: 'unknown-action'; action: string };

/** What reading a turn depends on: typed text and quick-reply ids mean different things while asking. */
export type InputContext = {
  /** True while a walkthrough is showing a question (free text is then first tried as an answer). */
  asking: boolean;
  /** Questionnaire ids that can be started, e.g. `risk`, `readiness`, and agency ones. */
  questionnaireIds: readonly string[];
};
