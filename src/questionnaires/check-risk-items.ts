import { indexQuestions, type QuestionnaireProblem } from './questionnaire-problem.ts';
import type { Questionnaire, RiskScoring } from './schema.ts';

type Role = 'applicability' | 'likelihood' | 'severity' | 'mitigation';

function roleProblem(
  definition: Questionnaire,
  scoring: RiskScoring,
  role: Role,
  questionId: string,
): string | undefined {
  const located = indexQuestions(definition).get(questionId);
  if (located === undefined) return `unknown question "${questionId}"`;
  const { question } = located;
  if (role === 'applicability') {
    return question.kind === 'yes-no'
      ? undefined
      : `applicability question "${questionId}" must be yes-no, not ${question.kind}`;
  }
  if (role === 'mitigation') {
    if (question.kind !== 'single')
      return `mitigation question "${questionId}" must be single-choice, not ${question.kind}`;
    const missing = question.options.filter((option) => option.levelReduction === undefined);
    return missing.length === 0
      ? undefined
      : `mitigation question "${questionId}": options ${missing.map((option) => `"${option.value}"`).join(', ')} need levelReduction`;
  }
  const expected = role === 'likelihood' ? scoring.likelihoodScale : scoring.severityScale;
  if (question.kind !== 'scale' || question.scale !== expected) {
    return `${role} question "${questionId}" must be a scale question on scale "${expected}"`;
  }
  return undefined;
}

/** Each risk item points at questions of the right kind, and its ids are unique. */
export function checkRiskItems(definition: Questionnaire, scoring: RiskScoring): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const seen = new Set<string>();
  scoring.risks.forEach((item, index) => {
    const path = ['scoring', 'risks', index];
    if (seen.has(item.id))
      problems.push({ path: [...path, 'id'], message: `duplicate risk id "${item.id}"` });
    seen.add(item.id);
    const roles: Array<[Role, string | undefined]> = [
      ['applicability', item.applicability],
      ['likelihood', item.likelihood],
      ['severity', item.severity],
      ['mitigation', item.mitigation],
    ];
    for (const [role, questionId] of roles) {
      if (questionId === undefined) continue;
      const message = roleProblem(definition, scoring, role, questionId);
      if (message !== undefined)
        problems.push({ path: [...path, role], message: `risk "${item.id}": ${message}` });
    }
  });
  return problems;
}
