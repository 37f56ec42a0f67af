import type { Answers } from '../questionnaires/answers.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { AssessmentResult } from '../scoring/result-schema.ts';
import { scoreReadiness } from '../scoring/score-readiness.ts';
import { scoreRisk } from '../scoring/score-risk.ts';

/** The one place a conversation gets a score: pure scoring of the recorded answers, never a model. */
export function scoreAssessment(definition: Questionnaire, answers: Answers): AssessmentResult {
  return definition.scoring.kind === 'readiness'
    ? scoreReadiness(definition, answers)
    : scoreRisk(definition, answers);
}
