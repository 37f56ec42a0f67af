import type {
  ChecklistOutcome,
  DocumentOutcome,
  ImpactRatingOutcome,
  PackOutcome,
  ScreeningOutcome,
} from '../frameworks/pack-result-schema.ts';
import type { CiteWords } from './build-legal-frameworks.ts';
import { formatNumber } from './format-number.ts';
import {
  appliesText,
  conditionStatusText,
  identifiedText,
  itemStatusText,
  notYetRatedText,
  openOutcomeText,
} from './framework-wording.ts';
import type { FrameworkOutcomeView } from './legal-frameworks-schema.ts';
import { countText, joinWords } from './report-wording.ts';

type Prompt = (questionId: string) => string | null;

function screeningView(outcome: ScreeningOutcome, cite: CiteWords, prompt: Prompt): FrameworkOutcomeView {
  return {
    kind: 'screening',
    id: outcome.id,
    title: outcome.title,
    outcomeId: outcome.outcome?.id ?? null,
    outcomeText: outcome.outcome?.label ?? openOutcomeText,
    openQuestions: outcome.openQuestions.map((questionId) => ({ questionId, prompt: prompt(questionId) })),
    statements: outcome.fired.map((rule) => cite(rule.statement)),
    conditions: outcome.conditions.map((condition) => ({
      id: condition.id,
      status: condition.status,
      statusText: conditionStatusText[condition.status],
      requirement: cite(condition.requirement),
    })),
  };
}

function checklistView(outcome: ChecklistOutcome, cite: CiteWords): FrameworkOutcomeView {
  const items = outcome.applies === 'no' ? [] : outcome.items.filter((item) => item.applies !== 'no');
  return {
    kind: 'checklist',
    id: outcome.id,
    title: outcome.title,
    applies: outcome.applies,
    appliesText: appliesText[outcome.applies],
    items: items.map((item) => ({
      id: item.id,
      applies: item.applies,
      status: item.status,
      statusText: itemStatusText[item.status],
      duty: cite(item.duty),
      action: item.action,
    })),
    notApplying: outcome.items.length - items.length,
    notMet: items.filter((item) => item.status === 'not-met').length,
    unknown: items.filter((item) => item.status === 'unknown').length,
  };
}

/** An element as a summary line names it: its heading up to the first colon ("Serious incidents"). */
const shortHeading = (heading: string) => (heading.split(': ')[0] ?? heading).replace(/\.$/, '');

function documentView(outcome: DocumentOutcome): FrameworkOutcomeView {
  const missing = outcome.elements
    .filter((element) => element.missing)
    .map((element) => shortHeading(element.heading.text));
  const filled = outcome.elements.length - missing.length;
  const summaryText =
    outcome.applies === 'no'
      ? 'Does not apply to this system.'
      : `${filled} of ${countText(outcome.elements.length, 'element is', 'elements are')} filled from the answers${
          missing.length === 0 ? '' : `; missing: ${joinWords(missing)}`
        }. The full draft is exported as its own document.`;
  return {
    kind: 'document',
    id: outcome.id,
    title: outcome.title,
    applies: outcome.applies,
    appliesText: appliesText[outcome.applies],
    elements: outcome.elements.length,
    filled,
    missing,
    summaryText,
  };
}

const point = (value: number | null) => (value === null ? 'Not answered' : formatNumber(value));

function impactRatingView(outcome: ImpactRatingOutcome, cite: CiteWords): FrameworkOutcomeView {
  const impacts =
    outcome.applies === 'no' ? [] : outcome.impacts.filter((impact) => impact.identified !== 'no');
  return {
    kind: 'impact-rating',
    id: outcome.id,
    title: outcome.title,
    applies: outcome.applies,
    appliesText: appliesText[outcome.applies],
    formula: cite(outcome.formula),
    priorityNote: outcome.priorityNote,
    impacts: impacts.map((impact) => ({
      id: impact.id,
      title: cite(impact.title),
      identified: impact.identified,
      identifiedText: identifiedText[impact.identified],
      scale: point(impact.variables.scale),
      scope: point(impact.variables.scope),
      reversibility: point(impact.variables.reversibility),
      probability: point(impact.variables.probability),
      score: impact.score === null ? 'Not answered' : formatNumber(impact.score, 2),
      priority: impact.priority?.label ?? notYetRatedText,
      missingText: impact.missing.length === 0 ? 'Nothing' : joinWords(impact.missing),
    })),
    notIdentified: outcome.impacts.length - impacts.length,
  };
}

/** One outcome of a pack in words, ready for every format. */
export function describeFrameworkOutcome(
  outcome: PackOutcome,
  cite: CiteWords,
  prompt: Prompt,
): FrameworkOutcomeView {
  switch (outcome.kind) {
    case 'screening':
      return screeningView(outcome, cite, prompt);
    case 'checklist':
      return checklistView(outcome, cite);
    case 'document':
      return documentView(outcome);
    case 'impact-rating':
      return impactRatingView(outcome, cite);
  }
}
