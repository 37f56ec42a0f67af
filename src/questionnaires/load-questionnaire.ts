import { z } from 'zod';
import { findQuestionnaireProblems } from './find-questionnaire-problems.ts';
import { formatProblem } from './questionnaire-problem.ts';
import { type Questionnaire, questionnaireSchema } from './schema.ts';

export type LoadQuestionnaireOptions = {
  /** Named in every error so an agency can find the file it dropped in. */
  fileName?: string;
  /** When given, every cited passage id must be one of these. */
  knownPassageIds?: ReadonlySet<string>;
};

export type LoadQuestionnaireResult =
  | { success: true; data: Questionnaire }
  | { success: false; error: string };

/** Parses a questionnaire definition and checks its cross-references; the error lists every problem found. */
export function loadQuestionnaire(
  json: unknown,
  options: LoadQuestionnaireOptions = {},
): LoadQuestionnaireResult {
  const fileName = options.fileName ?? 'questionnaire definition';
  const parsed = questionnaireSchema.safeParse(json);
  if (!parsed.success) {
    return {
      success: false,
      error: `${fileName}: not a valid questionnaire definition\n${z.prettifyError(parsed.error)}`,
    };
  }
  const definition = parsed.data;
  const problems = findQuestionnaireProblems(definition, options.knownPassageIds);
  if (problems.length > 0) {
    const lines = problems.map((problem) => `- ${formatProblem(fileName, problem)}`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    return {
      success: false,
      error: `${fileName}: ${count} in questionnaire "${definition.id}" version ${definition.version}\n${lines.join('\n')}`,
    };
  }
  return { success: true, data: definition };
}
