import { locateQuestions, type QuestionnaireProblem, questionProblem } from './questionnaire-problem.ts';
import type { Questionnaire } from './schema.ts';

/** Every passage a definition cites must exist in the knowledge corpus, or "why is this asked?" has no answer. */
export function checkPassageReferences(
  definition: Questionnaire,
  knownPassageIds: ReadonlySet<string>,
): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const unknown = (id: string) => `unknown passage "${id}"`;
  for (const located of locateQuestions(definition)) {
    located.question.explainedBy.forEach((id, index) => {
      if (!knownPassageIds.has(id))
        problems.push(questionProblem(located, ['explainedBy', index], unknown(id)));
    });
  }
  definition.sections.forEach((section, sectionIndex) => {
    section.recommendations.forEach((recommendation, recommendationIndex) => {
      recommendation.passages.forEach((id, index) => {
        if (knownPassageIds.has(id)) return;
        const path = ['sections', sectionIndex, 'recommendations', recommendationIndex, 'passages', index];
        problems.push({ path, sectionId: section.id, message: unknown(id) });
      });
    });
  });
  if (definition.scoring.kind === 'risk') {
    definition.scoring.risks.forEach((item, riskIndex) => {
      item.actions.forEach((action, actionIndex) => {
        action.passages.forEach((id, index) => {
          if (knownPassageIds.has(id)) return;
          const path = ['scoring', 'risks', riskIndex, 'actions', actionIndex, 'passages', index];
          problems.push({ path, message: `risk "${item.id}": ${unknown(id)}` });
        });
      });
    });
  }
  return problems;
}
