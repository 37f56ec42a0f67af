import type { Question, Questionnaire } from '../questionnaires/schema.ts';

/** A question of the definition by id, in any section. */
export function findQuestion(definition: Questionnaire, questionId: string): Question | undefined {
  for (const section of definition.sections) {
    const found = section.questions.find((question) => question.id === questionId);
    if (found !== undefined) return found;
  }
  return undefined;
}
