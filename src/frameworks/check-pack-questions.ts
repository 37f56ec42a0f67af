import { checkQuestionKinds } from '../questionnaires/check-question-kinds.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';

/**
 * The pack's own questions are asked like a questionnaire's, so they follow the same rules of
 * their kind (enough options, yes-no options that are yes and no, a number range the right way
 * up). A pack defines no scales, so a scale question in one names a scale that does not exist.
 */
export function checkPackQuestions(pack: FrameworkPack): FrameworkPackProblem[] {
  // Only the sections and scales are read by checkQuestionKinds; the rest just makes a definition.
  const asQuestionnaire: Questionnaire = {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    intro: pack.optIn.prompt,
    source: pack.disclaimer,
    scales: [],
    sections: pack.sections,
    scoring: { kind: 'readiness', levels: [], unsurePoints: 0 },
  };
  return checkQuestionKinds(asQuestionnaire).map(({ path, questionId, message }) => ({
    path,
    message: questionId === undefined ? message : `question "${questionId}": ${message}`,
  }));
}
