import { z } from 'zod';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { checkFrameworkPack } from './check-framework-pack.ts';
import { formatPackProblem } from './framework-pack-problem.ts';
import { type FrameworkPack, frameworkPackSchema } from './framework-pack-schema.ts';

export type LoadFrameworkPackOptions = {
  /** Named in every error so an agency can find the file it dropped in. */
  fileName?: string;
  /** The questionnaire definitions the pack's `reads` may name (every version of each counts). */
  questionnaires: readonly Questionnaire[];
};

export type LoadFrameworkPackResult =
  | { success: true; data: FrameworkPack }
  | { success: false; error: string };

/** Parses a framework pack and checks its cross-references; the error lists every problem found. */
export function loadFrameworkPack(json: unknown, options: LoadFrameworkPackOptions): LoadFrameworkPackResult {
  const fileName = options.fileName ?? 'framework pack';
  const parsed = frameworkPackSchema.safeParse(json);
  if (!parsed.success) {
    return {
      success: false,
      error: `${fileName}: not a valid framework pack\n${z.prettifyError(parsed.error)}`,
    };
  }
  const pack = parsed.data;
  const problems = checkFrameworkPack(pack, options.questionnaires);
  if (problems.length > 0) {
    const lines = problems.map((problem) => `- ${formatPackProblem(fileName, problem)}`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    return {
      success: false,
      error: `${fileName}: ${count} in framework pack "${pack.id}" version ${pack.version}\n${lines.join('\n')}`,
    };
  }
  return { success: true, data: pack };
}
