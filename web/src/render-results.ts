import type { ApiClient, ReportFormat } from './api-client.ts';
import { createButton, createElement } from './create-element.ts';
import { embedReport } from './embed-report.ts';
import { renderDocumentLinks } from './render-document-links.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { WebOfferedDocument } from './response-schemas.ts';

const downloads: Array<{ format: ReportFormat; label: string }> = [
  { format: 'html', label: 'Download HTML' },
  // The Word file opens in Word and LibreOffice, for an agency that files reports as documents.
  { format: 'docx', label: 'Download Word' },
  { format: 'md', label: 'Download Markdown' },
  { format: 'json', label: 'Download JSON' },
];

export type ResultsInput = {
  sessionId: string;
  questionnaireId: string;
  summary: string;
  /** What the legal framework packs drafted from this assessment (none: the list is left out). */
  documents: readonly WebOfferedDocument[];
  api: ApiClient;
  onStatus: (text: string) => void;
};

/** The summary, the full report embedded safely, downloads and Print. */
export function renderResults(input: ResultsInput): HTMLElement[] {
  const { api, sessionId, questionnaireId } = input;
  const name = reportName(questionnaireId);
  const title = createElement('h2', {
    className: 'panel__title',
    text: `Your results: ${name}`,
    attributes: { id: 'panel-title', tabindex: '-1' },
  });
  const summary = createElement('div', { className: 'message__body results__summary' }, [
    renderMarkdown(input.summary),
  ]);
  const slot = createElement('div', { className: 'results__report' }, [
    createElement('p', { className: 'status', text: 'Loading the full report…' }),
  ]);
  const reportUrl = api.reportUrl(sessionId, questionnaireId, 'html', false);
  const reportReady = api.fetchDocument(reportUrl).then((result) => {
    if (result.success) {
      embedReport(slot, { url: reportUrl, title: `${name} report`, ...result.data });
    } else {
      slot.replaceChildren(
        createElement('p', {
          className: 'status status--error',
          text: `The full report could not be loaded: ${result.error.message}`,
        }),
      );
    }
    return result.success;
  });

  const links = downloads.map(({ format, label }) =>
    createElement('a', {
      className: 'button button--secondary',
      text: label,
      attributes: {
        href: api.reportUrl(sessionId, questionnaireId, format, true),
        download: '',
        'data-format': format,
      },
    }),
  );
  const print = createButton(
    'Print',
    () => {
      input.onStatus('Preparing the report for printing…');
      void reportReady.then((ready) => {
        input.onStatus(ready ? '' : 'The report could not be prepared for printing. Try the HTML download.');
        if (ready) window.print();
      });
    },
    { className: 'button', attributes: { 'data-action': 'print' } },
  );
  const actions = createElement('div', { className: 'results__actions' }, [...links, print]);
  if (input.documents.length === 0) return [title, summary, actions, slot];
  const documents = renderDocumentLinks(
    input.documents,
    (document, format, download) =>
      api.documentUrl(sessionId, { questionnaireId, ...document }, format, download),
    { level: 'h3', id: 'results-documents-title' },
  );
  return [title, summary, actions, documents, slot];
}

function reportName(questionnaireId: string): string {
  if (questionnaireId === 'risk') return 'Risk Assessment';
  if (questionnaireId === 'readiness') return 'Organizational Readiness Assessment';
  return `${questionnaireId.charAt(0).toUpperCase()}${questionnaireId.slice(1)} assessment`;
}
