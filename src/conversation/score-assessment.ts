import { toolkitDefinitionOf } from '../frameworks/composed-packs.ts';
import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { AssessmentResult } from '../scoring/result-schema.ts';
import { scoreReadiness } from '../scoring/score-readiness.ts';
import { scoreRisk } from '../scoring/score-risk.ts';

/**
 * The one place a conversation gets a score: pure scoring of the recorded answers, never a model.
 * A walkthrough composed with framework packs is scored as the questionnaire it was made from:
 * the packs' questions are theirs to evaluate (evaluate-session-packs.ts), not the Toolkit's.
 */
export function scoreAssessment(definition: Questionnaire, answers: Answers): AssessmentResult {
  const toolkit = toolkitDefinitionOf(definition);
  return toolkit.scoring.kind === 'readiness'
    ? scoreReadiness(toolkit, answers)
    : scoreRisk(toolkit, answers);
}
