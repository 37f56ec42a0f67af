import { AppError, type Result } from '../app-error.ts';
import type { DocumentOutcome } from '../frameworks/pack-result-schema.ts';
import { citeWordsFor } from './build-legal-frameworks.ts';
import { formatReportDay } from './format-report-day.ts';
import { formatReportTime } from './format-report-time.ts';
import type { FrameworkDocument } from './framework-document-schema.ts';
import type { ReportSignOff } from './report-bundle.ts';
import type { ReportFramework } from './report-frameworks-schema.ts';
import { signOffDecisionLabels } from './sign-off-decision-label.ts';

/** Who and when, injected so a document is a pure function of its input. */
export type FrameworkDocumentMeta = {
  sessionId?: string | undefined;
  /** ISO 8601. */
  generatedAt: string;
  /** IANA zone of the dates and the file name (RAIA_TIME_ZONE). */
  timeZone: string;
  agency?: string | undefined;
  systemName?: string | undefined;
  signOff?: ReportSignOff | undefined;
};

function signOffText(signOff: ReportSignOff | undefined, timeZone: string): string | null {
  if (signOff === undefined) return null;
  const by = signOff.signatory.name ?? signOff.signatory.id;
  const imported = signOff.imported === true ? ' (as an imported file records it)' : '';
  return `${signOffDecisionLabels[signOff.decision]} by ${by} (${signOff.role}), ${formatReportTime(signOff.at, timeZone).text}${imported}`;
}

/**
 * The document `documentId` of a pack's result, in words: refused as not found when the pack has
 * no such document or the document does not apply to this system.
 */
export function buildFrameworkDocument(
  framework: ReportFramework,
  documentId: string,
  meta: FrameworkDocumentMeta,
): Result<FrameworkDocument> {
  const { pack, result } = framework;
  const outcome = result.assessments.find(
    (candidate): candidate is DocumentOutcome => candidate.kind === 'document' && candidate.id === documentId,
  );
  if (outcome === undefined)
    return {
      success: false,
      error: new AppError('not-found', `The ${pack.title} pack has no document called "${documentId}".`),
    };
  if (outcome.applies === 'no')
    return {
      success: false,
      error: new AppError(
        'not-found',
        `The document “${outcome.title}” does not apply to this system, going by the answers, so there is nothing to export.`,
      ),
    };
  const cite = citeWordsFor(pack.sources);
  const generated = formatReportTime(meta.generatedAt, meta.timeZone);
  return {
    success: true,
    data: {
      format: 'raia-framework-document',
      formatVersion: 1,
      documentId,
      title: outcome.title,
      pack: {
        id: pack.id,
        version: pack.version,
        title: pack.title,
        jurisdiction: pack.jurisdiction,
        asOf: pack.asOf,
        asOfText: formatReportDay(`${pack.asOf}T12:00:00.000Z`, 'UTC'),
      },
      applies: outcome.applies,
      appliesNote:
        outcome.applies === 'yes'
          ? null
          : 'Whether this document is required is not yet known: answers it depends on are still open.',
      system: meta.systemName ?? null,
      agency: meta.agency ?? null,
      sessionId: meta.sessionId ?? null,
      generated: {
        at: meta.generatedAt,
        text: generated.text,
        date: generated.date,
        timeZone: meta.timeZone,
      },
      preface: cite(outcome.preface),
      elements: outcome.elements.map((element) => ({
        id: element.id,
        heading: cite(element.heading),
        missing: element.missing,
        entries: element.entries,
        risks: element.risks,
      })),
      signOff: signOffText(meta.signOff, meta.timeZone),
      disclaimer: pack.disclaimer,
    },
  };
}
