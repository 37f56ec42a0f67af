import type { CitedText } from '../frameworks/framework-pack-schema.ts';
import type { PackOutcome, PackTraceEntry } from '../frameworks/pack-result-schema.ts';
import { describeFrameworkOutcome } from './describe-framework-outcome.ts';
import { formatCitations } from './format-citation.ts';
import { formatReportDay } from './format-report-day.ts';
import { appliedByText, traceReadText, truthText } from './framework-wording.ts';
import type { FrameworkTraceRow, LegalFramework, ReportCitedText } from './legal-frameworks-schema.ts';
import type { ReportFramework, ReportFrameworkPack } from './report-frameworks-schema.ts';

/** Words for the pack's statements: the text, its citations raw and as a legal adviser reads them. */
export type CiteWords = (cited: CitedText) => ReportCitedText;

export function citeWordsFor(sources: ReportFrameworkPack['sources']): CiteWords {
  return (cited) => ({
    text: cited.text,
    cites: cited.cites,
    citationText: formatCitations(cited.cites, sources),
  });
}

function traceOf(outcome: PackOutcome): readonly PackTraceEntry[] {
  return outcome.kind === 'document' ? [] : outcome.trace;
}

/**
 * The "Legal frameworks" section of a risk report, one part per pack that applies: pure, from
 * what each pack's evaluation returned. `prompt` finds a question's prompt where the report
 * knows it (the Toolkit's questions); the pack's own are named by id.
 */
export function buildLegalFrameworks(
  frameworks: readonly ReportFramework[],
  prompt: (questionId: string) => string | null,
): LegalFramework[] {
  return frameworks.map(({ pack, appliedBy, result }) => {
    const cite = citeWordsFor(pack.sources);
    const trace: FrameworkTraceRow[] = result.assessments.flatMap((outcome) =>
      traceOf(outcome).map((entry) => ({
        outcomeTitle: outcome.title,
        ref: entry.ref,
        truth: entry.truth,
        truthText: truthText[entry.truth],
        readText: traceReadText(entry.read),
      })),
    );
    return {
      packId: pack.id,
      version: pack.version,
      title: pack.title,
      jurisdiction: pack.jurisdiction,
      asOf: pack.asOf,
      // A calendar day, not an instant: read at noon UTC so no zone moves it.
      asOfText: formatReportDay(`${pack.asOf}T12:00:00.000Z`, 'UTC'),
      disclaimer: pack.disclaimer,
      appliedBy,
      appliedByText: appliedByText[appliedBy],
      sources: pack.sources.map(({ id, title, reference, binding }) => ({ id, title, reference, binding })),
      outcomes: result.assessments.map((outcome) => describeFrameworkOutcome(outcome, cite, prompt)),
      trace,
    };
  });
}
