import { frameworksIntro } from './framework-wording.ts';
import type { FrameworkOutcomeView, LegalFramework, ReportCitedText } from './legal-frameworks-schema.ts';
import type { ReportBlock } from './report-blocks.ts';
import { countText } from './report-wording.ts';

/** "The statement (Artificial Intelligence Act Art. 5(1)(h))." */
export const withCitations = (cited: ReportCitedText) => `${cited.text} (${cited.citationText})`;

type Outcome<Kind extends FrameworkOutcomeView['kind']> = Extract<FrameworkOutcomeView, { kind: Kind }>;

function screeningBlocks(outcome: Outcome<'screening'>): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', style: 'strong', text: `Outcome: ${outcome.outcomeText}` },
  ];
  if (outcome.outcomeId === null)
    blocks.push({
      kind: 'list',
      items: outcome.openQuestions.map(({ questionId, prompt }) =>
        prompt === null ? questionId : `${prompt} (${questionId})`,
      ),
    });
  if (outcome.statements.length > 0)
    blocks.push(
      { kind: 'paragraph', text: 'Why: the rules that hold' },
      { kind: 'list', items: outcome.statements.map(withCitations) },
    );
  if (outcome.conditions.length > 0)
    blocks.push(
      { kind: 'paragraph', text: 'Conditions this outcome requires' },
      {
        kind: 'table',
        weights: [6, 2, 3],
        table: {
          headings: ['Requirement', 'Status', 'Citations'],
          rows: outcome.conditions.map((condition) => [
            condition.requirement.text,
            condition.statusText,
            condition.requirement.citationText,
          ]),
        },
      },
    );
  return blocks;
}

function checklistBlocks(outcome: Outcome<'checklist'>): ReportBlock[] {
  if (outcome.applies === 'no') return [{ kind: 'paragraph', text: 'Does not apply to this system.' }];
  const counts = `${outcome.notMet} not met, ${outcome.unknown} unknown of ${outcome.items.length} that apply${
    outcome.notApplying === 0 ? '' : `; ${outcome.notApplying} do not apply to this system`
  }.`;
  return [
    { kind: 'paragraph', style: 'strong', text: `${outcome.appliesText}: ${counts}` },
    {
      kind: 'table',
      weights: [5, 2, 3, 4],
      table: {
        headings: ['Duty', 'Status', 'Citations', 'What to do'],
        rows: outcome.items.map((item) => [
          item.applies === 'maybe'
            ? `${item.duty.text} (whether it applies is not yet known)`
            : item.duty.text,
          item.statusText,
          item.duty.citationText,
          item.status === 'met' ? 'Nothing: in place.' : item.action,
        ]),
      },
    },
  ];
}

function impactRatingBlocks(outcome: Outcome<'impact-rating'>): ReportBlock[] {
  if (outcome.applies === 'no') return [{ kind: 'paragraph', text: 'Does not apply to this system.' }];
  return [
    { kind: 'paragraph', text: `Formula: ${withCitations(outcome.formula)}` },
    { kind: 'paragraph', style: 'strong', text: outcome.priorityNote },
    {
      kind: 'table',
      table: {
        headings: [
          'Impact',
          'Identified',
          'Scale',
          'Scope',
          'Reversibility',
          'Probability',
          'Score',
          'Priority',
          'Missing',
        ],
        rows: outcome.impacts.map((impact) => [
          withCitations(impact.title),
          impact.identifiedText,
          impact.scale,
          impact.scope,
          impact.reversibility,
          impact.probability,
          impact.score,
          impact.priority,
          impact.missingText,
        ]),
      },
    },
    ...(outcome.notIdentified === 0
      ? []
      : [
          {
            kind: 'paragraph',
            text: `${countText(outcome.notIdentified, 'other impact is', 'other impacts are')} not identified for this system.`,
          } as const,
        ]),
  ];
}

function outcomeBlocks(outcome: FrameworkOutcomeView): ReportBlock[] {
  const heading: ReportBlock = { kind: 'heading', level: 3, text: outcome.title };
  switch (outcome.kind) {
    case 'screening':
      return [heading, ...screeningBlocks(outcome)];
    case 'checklist':
      return [heading, ...checklistBlocks(outcome)];
    case 'document':
      return [heading, { kind: 'paragraph', text: outcome.summaryText }];
    case 'impact-rating':
      return [heading, ...impactRatingBlocks(outcome)];
  }
}

/** The "Legal frameworks" section's content: per pack its facts, its disclaimer, then each outcome. */
export function legalFrameworkBlocks(frameworks: readonly LegalFramework[]): ReportBlock[] {
  return [
    { kind: 'paragraph', style: 'note', text: frameworksIntro },
    ...frameworks.flatMap((framework): ReportBlock[] => [
      { kind: 'heading', level: 2, text: framework.title },
      {
        kind: 'facts',
        rows: [
          { label: 'Jurisdiction', value: framework.jurisdiction },
          { label: 'Pack', value: `${framework.packId}, version ${framework.version}` },
          { label: 'Law as of', value: framework.asOfText },
          { label: 'How it applies', value: framework.appliedByText },
          {
            label: 'Sources',
            value: framework.sources.map((source) => `${source.title}, ${source.reference}`).join('; '),
          },
        ],
      },
      { kind: 'paragraph', style: 'note', text: `The pack's disclaimer: ${framework.disclaimer}` },
      ...framework.outcomes.flatMap(outcomeBlocks),
    ]),
  ];
}

export const frameworkTraceTitle = 'Annex: how the legal frameworks reached their outcomes';

/** The annex: every rule, requirement and item each pack read, how it came out and from which answers. */
export function frameworkTraceBlocks(frameworks: readonly LegalFramework[]): ReportBlock[] {
  return [
    {
      kind: 'paragraph',
      text: 'For a legal adviser checking the outcomes above: each rule, condition and item of each pack, how it came out (holds, does not hold, not yet known) and the recorded answers it read, by question id and stored value.',
    },
    ...frameworks.flatMap((framework): ReportBlock[] => [
      { kind: 'heading', level: 2, text: `${framework.title} (version ${framework.version})` },
      {
        kind: 'table',
        weights: [3, 4, 2, 6],
        table: {
          headings: ['Outcome', 'Rule or item', 'Came out', 'Answers read'],
          rows: framework.trace.map((row) => [row.outcomeTitle, row.ref, row.truthText, row.readText]),
        },
      },
    ]),
  ];
}
