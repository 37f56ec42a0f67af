import type { Result } from '../app-error.ts';
import type { KnowledgeSource } from '../knowledge/create-knowledge-base.ts';
import type { GroundedAnswer } from '../knowledge/grounded-answer.ts';
import type { AnswerValue } from '../questionnaires/answers.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';

/** What a turn may use besides the session itself. Everything with side effects is injected. */
export type TurnDependencies = {
  questionnaires: QuestionnaireRegistry;
  knowledgeBase: KnowledgeSource;
  /** Grounded answer to a question about the Toolkit (extractive, or model-phrased and checked). */
  askKnowledge: (question: string) => Promise<GroundedAnswer>;
  /** IANA zone the cards write dates in (RAIA_TIME_ZONE, as the reports do); UTC when unset. */
  timeZone?: string | undefined;
  /**
   * Present only when a model is configured: proposes an answer for free text that the
   * deterministic interpreter could not match. The user must confirm it before it counts.
   */
  proposeAnswer?: (
    definition: Questionnaire,
    question: Question,
    text: string,
  ) => Promise<Result<AnswerValue>>;
};
