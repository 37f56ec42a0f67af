import { z } from 'zod';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { checkFrameworkPack } from './check-framework-pack.ts';
import { expandNamedConditions } from './expand-named-conditions.ts';
import { type FrameworkPackProblem, formatPackProblem } from './framework-pack-problem.ts';
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

/**
 * Parses a framework pack file and checks its cross-references; the error lists every problem
 * found. The file's named conditions are expanded first, so the pack returned is the same whether
 * its author wrote a condition out or named it once and used it.
 */
export function loadFrameworkPack(json: unknown, options: LoadFrameworkPackOptions): LoadFrameworkPackResult {
  const fileName = options.fileName ?? 'framework pack';
  const expanded = expandNamedConditions(json);
  if (!expanded.success) {
    return {
      success: false,
      error: listProblems(fileName, 'in the named conditions of', json, expanded.problems),
    };
  }
  const parsed = frameworkPackSchema.safeParse(expanded.data);
  if (!parsed.success) {
    return {
      success: false,
      error: `${fileName}: not a valid framework pack\n${z.prettifyError(parsed.error)}`,
    };
  }
  const pack = parsed.data;
  const problems = checkFrameworkPack(pack, options.questionnaires);
  if (problems.length > 0) return { success: false, error: listProblems(fileName, 'in', pack, problems) };
  return { success: true, data: pack };
}

/** `agency.v2.json: 2 problems in framework pack "x" version 2`, then one line per problem. */
function listProblems(
  fileName: string,
  where: string,
  pack: unknown,
  problems: readonly FrameworkPackProblem[],
): string {
  const lines = problems.map((problem) => `- ${formatPackProblem(fileName, problem)}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  // Before the schema has run the id and version may be anything, so they are named only when they are text.
  const { id, version } = (typeof pack === 'object' && pack !== null ? pack : {}) as Record<string, unknown>;
  const name =
    typeof id === 'string' && typeof version === 'string'
      ? `framework pack "${id}" version ${version}`
      : 'the framework pack';
  return `${fileName}: ${count} ${where} ${name}\n${lines.join('\n')}`;
}
