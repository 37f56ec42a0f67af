import type { LegalFramework } from './legal-frameworks-schema.ts';
import type { DecisionOutcomes } from './report-decision-schema.ts';
import { countText } from './report-wording.ts';
import type { RiskSection } from './risk-section-schema.ts';

/** "2 at High, 5 at Medium after safeguards; 3 risks still open." */
function toolkitLevels(section: RiskSection): string {
  const open =
    section.counts.open === 0 ? '' : `; ${countText(section.counts.open, 'risk is', 'risks are')} still open`;
  if (section.rated.length === 0) return `No risk rated yet${open}.`;
  const byLevel = new Map<string, { rank: number; count: number }>();
  for (const risk of section.rated) {
    const entry = byLevel.get(risk.after.label) ?? { rank: risk.after.rank, count: 0 };
    byLevel.set(risk.after.label, { ...entry, count: entry.count + 1 });
  }
  const levels = [...byLevel.entries()]
    .sort(([, left], [, right]) => right.rank - left.rank)
    .map(([label, { count }]) => `${count} at ${label}`);
  return `${levels.join(', ')} after safeguards${open}.`;
}

/** One pack's headline: each screening's outcome (or "open"), each checklist's unmet duties. */
export function frameworkHeadline(framework: LegalFramework): string {
  const parts = framework.outcomes.flatMap((outcome) => {
    if (outcome.kind === 'screening')
      return [
        `${outcome.title}: ${outcome.outcomeId === null ? 'open, not yet decided' : outcome.outcomeText}`,
      ];
    if (outcome.kind === 'checklist')
      return [
        `${outcome.title}: ${
          outcome.applies === 'no'
            ? 'does not apply'
            : `${outcome.notMet} of ${countText(outcome.items.length, 'duty', 'duties')} not met, ${outcome.unknown} unknown`
        }`,
      ];
    return [];
  });
  return parts.length === 0 ? 'No screening or checklist.' : `${parts.join('; ')}.`;
}

/**
 * The lines beside the decision: the Toolkit's risk levels, then each pack, so the person who
 * decides sees both. Undefined without packs, leaving the section as it always was.
 */
export function buildDecisionOutcomes(
  section: RiskSection,
  frameworks: readonly LegalFramework[] | undefined,
): DecisionOutcomes | undefined {
  if (frameworks === undefined || frameworks.length === 0) return undefined;
  return {
    lines: [
      { label: 'Toolkit risk levels', value: toolkitLevels(section) },
      ...frameworks.map((framework) => ({ label: framework.title, value: frameworkHeadline(framework) })),
    ],
  };
}
