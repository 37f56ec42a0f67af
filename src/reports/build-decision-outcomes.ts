import { notYetRatedText } from './framework-wording.ts';
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

/** A pack's name for lines that list its outcomes: its title up to the first colon ("EU AI Act"). */
export function frameworkShortTitle(framework: LegalFramework): string {
  const colon = framework.title.indexOf(':');
  return colon > 0 ? framework.title.slice(0, colon) : framework.title;
}

/**
 * An outcome's title without the pack's name before it, since the line already starts with it:
 * "EU AI Act: prohibited practices (Art. 5)" under "EU AI Act" reads "Prohibited practices (Art. 5)".
 */
function outcomeTitleUnder(title: string, packName: string): string {
  const colon = title.indexOf(': ');
  if (colon <= 0 || !packName.includes(title.slice(0, colon))) return title;
  const rest = title.slice(colon + 2);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** One pack's headline: each screening's outcome (or "open"), each checklist's unmet duties. */
export function frameworkHeadline(framework: LegalFramework): string {
  const packName = frameworkShortTitle(framework);
  const parts = framework.outcomes.flatMap((outcome) => {
    const title = outcomeTitleUnder(outcome.title, packName);
    if (outcome.kind === 'screening')
      return [`${title}: ${outcome.outcomeId === null ? 'open, not yet decided' : outcome.outcomeText}`];
    if (outcome.kind === 'checklist')
      return [
        `${title}: ${
          outcome.applies === 'no'
            ? 'does not apply'
            : `${outcome.notMet} of ${countText(outcome.items.length, 'duty', 'duties')} not met, ${outcome.unknown} unknown`
        }`,
      ];
    if (outcome.kind === 'impact-rating') {
      if (outcome.applies === 'no') return [`${title}: does not apply`];
      const unrated = outcome.impacts.filter((impact) => impact.priority === notYetRatedText).length;
      const identified = countText(outcome.impacts.length, 'impact identified', 'impacts identified');
      return [`${title}: ${identified}${unrated === 0 ? '' : `, ${unrated} not yet rated`}`];
    }
    return [];
  });
  return parts.length === 0 ? 'No screening, checklist or rating.' : `${parts.join('; ')}.`;
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
      ...frameworks.map((framework) => ({
        label: frameworkShortTitle(framework),
        value: frameworkHeadline(framework),
      })),
    ],
  };
}
