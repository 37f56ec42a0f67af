import type { ReportFormat } from '../api-client.ts';
import { createElement } from '../create-element.ts';
import { renderDocumentLinks } from '../render-document-links.ts';
import type { WebOfferedDocument } from '../response-schemas.ts';
import { assessmentDecisionChoices, formatDay, labelOf } from './register-labels.ts';
import type { WebAssessmentSummary } from './register-schemas.ts';

export type OutcomeTarget = { name: string; summary: WebAssessmentSummary };

export type DocumentUrl = (
  sessionId: string,
  document: WebOfferedDocument,
  format: ReportFormat,
  download: boolean,
) => string;

/**
 * Where the latest finished risk assessment ended: the agency's recorded decision, beside it each
 * legal framework's headline (RAIA's reading of the law, never presented as the Toolkit), and the
 * documents those frameworks draft, such as the FRIA of a high-risk system.
 */
export function renderAssessmentOutcome(target: OutcomeTarget, documentUrl: DocumentUrl): HTMLElement {
  const { summary } = target;
  const decision = summary.decision;
  const parts: HTMLElement[] = [
    createElement('h4', { text: `Outcome of ${target.name}`, attributes: { id: 'outcome-title' } }),
    createElement('p', {
      className: 'assessment-decision',
      text:
        decision === null
          ? 'No decision recorded'
          : `Decision: ${labelOf(assessmentDecisionChoices, decision.decision)}, ${formatDay(decision.at)}`,
    }),
  ];
  if (summary.frameworks.length > 0) {
    parts.push(
      createElement('p', {
        className: 'field__hint',
        text: 'Legal frameworks: RAIA’s reading of the law from the answers, not part of the Toolkit and not legal advice.',
        attributes: { id: 'outcome-frameworks-note' },
      }),
      createElement(
        'ul',
        { className: 'framework-list', attributes: { 'aria-labelledby': 'outcome-frameworks-note' } },
        summary.frameworks.map((framework) =>
          createElement('li', { attributes: { 'data-pack': framework.packId } }, [
            createElement('strong', { text: `${framework.title}: ` }),
            framework.headline,
          ]),
        ),
      ),
    );
  }
  if (summary.documents.length > 0) {
    parts.push(
      renderDocumentLinks(
        summary.documents,
        (document, format, download) => documentUrl(summary.sessionId, document, format, download),
        { level: 'h4', id: 'outcome-documents-title' },
      ),
    );
  }
  return createElement(
    'div',
    {
      className: 'assessment-outcome',
      attributes: { 'aria-labelledby': 'outcome-title', role: 'group', 'data-session': summary.sessionId },
    },
    parts,
  );
}
