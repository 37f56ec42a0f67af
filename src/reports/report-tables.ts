import type { Answers } from '../questionnaires/answers.ts';
import type { QuestionNotes } from '../questionnaires/question-notes.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type {
  AssessmentResult,
  ReadinessResult,
  RiskItemResult,
  RiskResult,
} from '../scoring/result-schema.ts';
import { answerRows } from './answer-rows.ts';
import { formatNumber } from './format-number.ts';
import { principleLabels } from './principle-labels.ts';
import { mitigationText, openItemReasonText, ratingText } from './report-wording.ts';

/**
 * The tables and sentences both report formats show, as plain text cells: each renderer only
 * escapes and lays them out, so the Markdown and HTML reports cannot drift apart.
 */
export const riskTableHeadings = [
  '#',
  'Risk',
  'Principle',
  'Likelihood',
  'Severity',
  'Inherent level',
  'Safeguards',
  'Residual level',
];

export function riskTableRows(ranked: readonly RiskItemResult[]): string[][] {
  return ranked.map((risk, index) => [
    String(index + 1),
    risk.title,
    principleLabels[risk.principle],
    ratingText(risk.likelihood),
    ratingText(risk.severity),
    risk.inherentLevel?.label ?? '',
    mitigationText(risk.mitigation),
    risk.residualLevel?.label ?? '',
  ]);
}

/** The counts after the headline level: rated, not applicable, not relevant, still to answer. */
export function riskCompletenessSentence(result: RiskResult): string {
  const { completeness } = result;
  return `${completeness.rated} of ${completeness.risks} risks rated; ${completeness.notApplicable} do not apply, ${completeness.notRelevant} are not relevant to this system, ${completeness.awaitingApplicability} still to answer.`;
}

export const dimensionTableHeadings = [
  'Dimension',
  'Points',
  'Percent',
  'Level',
  'Level band (points)',
  'Answered',
  'Open items',
];

export function dimensionTableRows(result: ReadinessResult): string[][] {
  return result.dimensions.map((dimension) => [
    dimension.title,
    `${formatNumber(dimension.points, 2)} of ${formatNumber(dimension.maxPoints, 2)}`,
    `${formatNumber(dimension.percent)} %`,
    dimension.level.label,
    `${formatNumber(dimension.level.fromPoints, 2)} to ${formatNumber(dimension.level.toPoints, 2)}${dimension.level.upperInclusive ? '' : ' (exclusive)'}`,
    `${dimension.counts.answered} of ${dimension.counts.shown}`,
    String(dimension.openItems.length),
  ]);
}

export const openItemTableHeadings = ['Section', 'Question', 'Why open'];

export function openItemTableRows(definition: Questionnaire, result: AssessmentResult): string[][] {
  const sectionTitle = (sectionId: string) =>
    definition.sections.find((section) => section.id === sectionId)?.title ?? sectionId;
  return result.openItems.map((item) => [
    sectionTitle(item.sectionId),
    item.prompt,
    openItemReasonText[item.reason],
  ]);
}

export const answerTableHeadings = [
  'Section',
  'Question',
  'Answer',
  'Answered by',
  'Status',
  'Notes and evidence',
];

export function answerTableRows(
  definition: Questionnaire,
  answers: Answers,
  notes: QuestionNotes = {},
): string[][] {
  return answerRows(definition, answers, notes).map((row) => [
    row.sectionTitle,
    row.prompt,
    row.answer,
    row.answeredBy,
    row.status,
    row.note,
  ]);
}
