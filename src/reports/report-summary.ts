import type { AssessmentResult } from '../scoring/result-schema.ts';
import { formatNumber } from './format-number.ts';
import type { ReadinessSection } from './readiness-section-schema.ts';
import { countText, joinWords } from './report-wording.ts';
import type { RiskSection } from './risk-section-schema.ts';

const verb = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function riskSummary(section: RiskSection): string[] {
  const { counts, highestAfter, rated } = section;
  // Parts with no risks are left out: "and 0 are still open" reads like a warning.
  const parts = [
    [counts.rated, 'is rated', 'are rated'],
    [counts.notApplicable, 'does not apply', 'do not apply'],
    [counts.notRelevant, 'is not relevant to this system', 'are not relevant to this system'],
    [counts.open, 'is still open', 'are still open'],
  ] as const;
  const overview = `Of the ${counts.risks} risks, ${joinWords(
    parts.filter(([count]) => count > 0).map(([count, one, many]) => verb(count, one, many)),
  )}.`;
  if (highestAfter === null) return ['No risk has been rated yet.', overview];
  const highest = rated.filter((risk) => risk.after.rank === highestAfter.rank).map((risk) => risk.title);
  const lowered = rated.filter((risk) => risk.levelsLowered > 0).length;
  return [
    `The highest level after safeguards is ${highestAfter.label}${highestAfter.meaning === null ? '.' : `. What ${highestAfter.label} means: ${highestAfter.meaning}`}`,
    `At ${highestAfter.label} after safeguards: ${joinWords(highest)}.`,
    overview,
    lowered === 0
      ? `Safeguards lower none of the ${countText(counts.rated, 'rated risk', 'rated risks')}.`
      : `Safeguards lower ${lowered} of the ${countText(counts.rated, 'rated risk', 'rated risks')} by at least one level.`,
    `${countText(section.actions.length, 'action is', 'actions are')} suggested for the risks at ${section.thresholds.actionsFrom} or above.`,
  ];
}

function readinessSummary(section: ReadinessSection, result: AssessmentResult): string[] {
  const { overall } = section;
  const titleOf = new Map(section.dimensions.map((dimension) => [dimension.sectionId, dimension]));
  const weakest = section.weakest.slice(0, 3).flatMap((sectionId) => {
    const dimension = titleOf.get(sectionId);
    return dimension === undefined
      ? []
      : [`${dimension.title} (${formatNumber(dimension.percent)} %, ${dimension.level.label})`];
  });
  return [
    `Overall readiness is ${overall.level.label} (${formatNumber(overall.percent)} %)${overall.level.meaning === null ? '.' : `. What ${overall.level.label} means: ${overall.level.meaning}`}`,
    `The weakest dimensions are ${joinWords(weakest)}; each dimension below says what to do next.`,
    `${result.counts.answered} of the ${countText(result.counts.shown, 'question asked is', 'questions asked are')} answered.`,
  ];
}

/** The report's opening sentences, most important first. */
export function reportSummary(section: RiskSection | ReadinessSection, result: AssessmentResult): string[] {
  return section.kind === 'risk' ? riskSummary(section) : readinessSummary(section, result);
}
