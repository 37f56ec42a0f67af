/** One thing wrong with a pack, located precisely enough for its author to find it. */
export type FrameworkPackProblem = { path: Array<string | number>; message: string };

function formatPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/** `eu-ai-act.v1.json: assessments[0].rules[2].when: condition refers to unknown question "x"` */
export function formatPackProblem(fileName: string, problem: FrameworkPackProblem): string {
  return problem.path.length === 0
    ? `${fileName}: ${problem.message}`
    : `${fileName}: ${formatPath(problem.path)}: ${problem.message}`;
}
