import type { Question } from '../questionnaires/schema.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import { type FrameworkPack, type ImpactRating, impactVariableNames } from './framework-pack-schema.ts';
import { impactFormulaInWords, impactScore } from './impact-score.ts';
import { ownQuestions, type PackQuestion } from './pack-questions.ts';

type Path = Array<string | number>;

/**
 * An impact rating must be computable as its pack says: each variable a question of the pack's own
 * (whose points the pack sets) with one answer, every option of it worth points of at least 0 (so
 * a graver answer never lowers a score), priorities highest first that cover every score an impact
 * can get, and a formula text that states the formula RAIA computes.
 */
export function checkImpactRatings(pack: FrameworkPack): FrameworkPackProblem[] {
  const own = new Map(ownQuestions(pack).map((entry) => [entry.question.id, entry]));
  return pack.assessments.flatMap((assessment, index) =>
    assessment.kind === 'impact-rating' ? checkImpactRating(assessment, ['assessments', index], own) : [],
  );
}

function checkImpactRating(
  rating: ImpactRating,
  at: Path,
  own: ReadonlyMap<string, PackQuestion>,
): FrameworkPackProblem[] {
  const problems: FrameworkPackProblem[] = [];
  if (!rating.formula.text.includes(impactFormulaInWords))
    problems.push({
      path: [...at, 'formula', 'text'],
      message: `the formula must state the one RAIA computes, "${impactFormulaInWords}", so that reports print what the score is`,
    });
  rating.priorities.forEach((priority, index) => {
    const higher = rating.priorities[index - 1];
    if (higher !== undefined && priority.minScore >= higher.minScore)
      problems.push({
        path: [...at, 'priorities', index, 'minScore'],
        message: `priorities are listed highest first: "${priority.id}" needs a minScore below ${higher.minScore}, that of "${higher.id}"`,
      });
  });
  const lowestScores = rating.impacts.map((impact, impactIndex) => {
    const lowest = impactVariableNames.map((name) => {
      const path = [...at, 'impacts', impactIndex, 'variables', name];
      const found = variableProblems(own.get(impact.variables[name]), impact.variables[name], path);
      problems.push(...found.problems);
      return found.lowest;
    });
    const [scale, scope, reversibility, probability] = lowest;
    if (
      scale === undefined ||
      scope === undefined ||
      reversibility === undefined ||
      probability === undefined
    )
      return undefined;
    return { impactId: impact.id, score: impactScore({ scale, scope, reversibility, probability }) };
  });
  const last = rating.priorities.at(-1);
  for (const lowest of lowestScores) {
    if (lowest === undefined || last === undefined || lowest.score >= last.minScore) continue;
    problems.push({
      path: [...at, 'priorities', rating.priorities.length - 1, 'minScore'],
      message: `impact "${lowest.impactId}" can score as low as ${lowest.score}, below ${last.minScore}, the minScore of the last priority "${last.id}": every rated impact needs a priority`,
    });
    break;
  }
  return problems;
}

/** The problems of one variable's question, and its lowest points when it has none. */
function variableProblems(
  entry: PackQuestion | undefined,
  questionId: string,
  path: Path,
): { problems: FrameworkPackProblem[]; lowest: number | undefined } {
  const variable = `the rating variable "${path.at(-1)}"`;
  if (entry === undefined)
    return {
      problems: [
        {
          path,
          message: `${variable} reads question "${questionId}", which is not one of the pack's own questions (a variable's points are set by the pack's options)`,
        },
      ],
      lowest: undefined,
    };
  const { question } = entry;
  if (question.kind !== 'single' && question.kind !== 'yes-no')
    return {
      problems: [
        {
          path,
          message: `${variable} reads question "${questionId}", a ${question.kind} question; a variable needs a single-choice or yes-no question whose options have points`,
        },
      ],
      lowest: undefined,
    };
  const problems = optionProblems(question, entry.path);
  const points = question.options.flatMap((option) => (option.points === undefined ? [] : [option.points]));
  return { problems, lowest: problems.length > 0 ? undefined : Math.min(...points) };
}

function optionProblems(question: Extract<Question, { kind: 'single' | 'yes-no' }>, path: Path) {
  return question.options.flatMap((option, index): FrameworkPackProblem[] => {
    const at = [...path, 'options', index, 'points'];
    if (option.points === undefined)
      return [
        {
          path: at,
          message: `question "${question.id}" rates an impact, so every option needs points; "${option.value}" has none`,
        },
      ];
    if (option.points < 0)
      return [
        {
          path: at,
          message: `question "${question.id}" rates an impact, so its points must be 0 or more (a graver answer must never lower the score); "${option.value}" has ${option.points}`,
        },
      ];
    return [];
  });
}
