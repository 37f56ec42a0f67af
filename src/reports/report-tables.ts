import { formatNumber } from './format-number.ts';
import type { ReadinessSection } from './readiness-section-schema.ts';
import type { ReportModel } from './report-model.ts';
import type { RatedRisk, RiskSection } from './risk-section-schema.ts';

/**
 * The tables every format shows, as plain-text cells built once from the model: each renderer
 * only escapes and lays them out, so the formats cannot drift apart.
 */
export type ReportTable = { headings: string[]; rows: string[][] };

const rating = (scale: RatedRisk['likelihood']) =>
  `${scale.label} (${scale.value})${scale.assumed ? ", assumed: answered “I don't know”" : ''}`;

export function ratedRiskTable(section: RiskSection): ReportTable {
  return {
    headings: [
      '#',
      'Risk',
      'Principle',
      'Likelihood',
      'Severity',
      'Before safeguards',
      'Safeguards',
      'After safeguards',
    ],
    rows: section.rated.map((risk) => [
      String(risk.number),
      risk.title,
      risk.principle.label,
      rating(risk.likelihood),
      rating(risk.severity),
      risk.before.label,
      risk.safeguards,
      risk.after.label,
    ]),
  };
}

export function unratedRiskTable(section: RiskSection): ReportTable {
  return {
    headings: ['Risk', 'Principle', 'Why it has no level'],
    rows: section.unrated.map((risk) => [risk.title, risk.principle.label, risk.reason]),
  };
}

export function levelMeaningTable(section: RiskSection): ReportTable {
  return {
    headings: ['Level', 'What it asks of the agency'],
    rows: section.levels.map((level) => [level.label, level.meaning ?? '']),
  };
}

export function questionTable(questions: RatedRisk['questions']): ReportTable {
  return {
    headings: ['Question', 'Answer', 'Evidence and notes'],
    rows: questions.map((question) => [
      `${question.aspect}: ${question.prompt}`,
      question.answer,
      question.note ?? '',
    ]),
  };
}

export function dimensionTable(section: ReadinessSection): ReportTable {
  return {
    headings: ['Dimension', 'Level', 'Percent', 'Points', 'Answered', 'Open items'],
    rows: section.dimensions.map((dimension) => [
      dimension.title,
      dimension.level.label,
      `${formatNumber(dimension.percent)} %`,
      `${formatNumber(dimension.points, 2)} of ${formatNumber(dimension.maxPoints, 2)}`,
      `${dimension.answered} of ${dimension.shown}`,
      String(dimension.open),
    ]),
  };
}

export function readinessBandTable(section: ReadinessSection): ReportTable {
  return {
    headings: ['Level', 'Percent of points', 'What it means'],
    rows: section.overall.bands.map((band) => [
      band.label,
      `${formatNumber(band.fromPercent)} % to ${band.upperInclusive ? '' : 'under '}${formatNumber(band.toPercent)} %`,
      band.meaning ?? '',
    ]),
  };
}

export function dimensionQuestionTable(dimension: ReadinessSection['dimensions'][number]): ReportTable {
  return {
    headings: ['Question', 'Answer', 'Points', 'Evidence and notes'],
    rows: dimension.questions.map((question) => [
      question.prompt,
      question.answer,
      question.points,
      question.note ?? '',
    ]),
  };
}

export function openItemTable(model: ReportModel): ReportTable {
  return {
    headings: ['Section', 'Question', 'Why it is open'],
    rows: model.openItems.map((item) => [item.section, item.prompt, item.reason]),
  };
}

export function answerTable(model: ReportModel): ReportTable {
  return {
    headings: ['Section', 'Question', 'Answer', 'Answered by', 'Counted', 'Notes and evidence'],
    rows: model.answers.map((row) => [
      row.section,
      row.prompt,
      row.answer,
      row.answeredBy,
      row.status,
      row.note,
    ]),
  };
}
