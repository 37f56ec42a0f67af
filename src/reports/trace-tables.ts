import type { ReadinessResult, RiskResult } from '../scoring/result-schema.ts';
import type { TraceEntry } from '../scoring/trace.ts';
import { formatNumber } from './format-number.ts';

/** One figure's trace as plain-text cells, titled with what it explains; each report format only lays it out. */
export type TraceTable = { title: string; headings: string[]; rows: string[][] };

/**
 * Every figure of a report is printed to at most two decimals (the points in the dimension table
 * too), so the same trace reads the same in the HTML and the Markdown report.
 */
function traceRows(trace: readonly TraceEntry[], derivedLabel: string): string[][] {
  return trace.map((entry) => [
    entry.questionId ?? derivedLabel,
    entry.rule,
    formatNumber(entry.contribution, 2),
    entry.note,
  ]);
}

/** How each dimension's points were produced: one table per dimension. */
export function readinessTraceTables(result: ReadinessResult): TraceTable[] {
  return result.dimensions.map((dimension) => ({
    title: dimension.title,
    headings: ['Question', 'Rule', 'Points', 'Note'],
    rows: traceRows(dimension.trace, ''),
  }));
}

/** How each assessed risk's levels were produced: one table per risk. */
export function riskTraceTables(result: RiskResult): TraceTable[] {
  return result.risks
    .filter((risk) => risk.assessed)
    .map((risk) => ({
      title: risk.title,
      headings: ['Question', 'Rule', 'Contribution', 'Note'],
      rows: traceRows(risk.trace, '(derived)'),
    }));
}
