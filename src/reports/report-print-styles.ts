/**
 * Print: A4 margins with page numbers, the title page on its own sheet, headings kept with what
 * follows, table rows and charts never split, table headings repeated on every page a table spans.
 * Chromium draws `@page` margin boxes (since 131); other browsers simply leave the numbers out.
 */
export const reportPrintStyles = `
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt system-ui, sans-serif; color: #444; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h2 { margin-top: 1.2rem; }
  h1, h2, h3, h4, figcaption { break-after: avoid; }
  :is(h2, h3, h4) + p { break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  .title-page { break-after: page; }
  /* Side by side on paper too: the charts shrink to the line rather than wrap. */
  .risk-charts { flex-wrap: nowrap; gap: 1.5rem; }
  table { break-inside: auto; }
  thead { display: table-header-group; }
  tr, figure, svg, .disclaimer, .sign-off, .chart-lists li { break-inside: avoid; }
  .risk-detail { break-inside: avoid; }
  th { background: #eee !important; }
  th, svg, .level-chip, .swatch, .draft-banner, .disclaimer { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * Only in a draft's page: "DRAFT" at the head of every printed page (a margin box, which takes
 * no room from the text) and across it (a fixed element, which Chromium and Firefox repeat on
 * every page), so no page of a draft can pass for a filed record.
 */
export const draftStyles = `
@page { @top-center { content: "DRAFT: required questions are still open"; font: 700 10pt system-ui, sans-serif; color: #9b0000; } }
@media print {
  .draft-banner::after { content: "DRAFT"; position: fixed; top: 42%; left: 0; right: 0; z-index: -1; text-align: center; font: 700 110pt system-ui, sans-serif; color: rgb(155 0 0 / 0.08); transform: rotate(-30deg); pointer-events: none; }
}
`;
