import { reportPrintStyles } from './report-print-styles.ts';

// At this width and below, tables of three columns or more stack each row as a card of
// "heading: value" lines: a 390 px phone cannot show six columns side by side, and scrolling
// sideways loses the headings. Two columns still fit side by side.
const phoneBreakpoint = '40rem';

const screenStyles = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.2rem; }
h4 { font-size: 0.98rem; margin: 0.8rem 0 0.3rem; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.fill-in { white-space: nowrap; }
.disclaimer { border-left: 4px solid #8a6d00; background: #fff8e1; padding: 0.6rem 0.9rem; }
.caution { border-left: 4px solid #8a6d00; padding-left: 0.6rem; }
.read-more, .source, .chart-note { color: #4a4a4a; font-size: 0.9rem; }
.draft-banner { margin: 0 0 1rem; padding: 0.5rem 0.8rem; border: 2px solid #9b0000; background: #fff0f0; color: #7a0000; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.level-chip { display: inline-block; padding: 0 0.4rem; border: 1px solid #777; border-radius: 0.25rem; font-weight: 600; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; margin-right: 0.4rem; vertical-align: -0.1rem; border: 1px solid #999; }
ul.legend, ul.chart-list { list-style: none; padding: 0; }
ul.chart-list li { margin: 0.25rem 0; }
.risk-charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
figure.chart { margin: 0.6rem 0; min-width: 0; max-width: 100%; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.3rem; }
.chart-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: 0 2rem; }
.sign-off { margin-top: 1rem; }
.sign-off dl.facts { grid-template-columns: 6rem minmax(0, 1fr); }
svg { display: block; max-width: 100%; height: auto; }
@media screen and (max-width: ${phoneBreakpoint}) {
  body { margin: 1rem auto; }
  table:has(th:nth-child(3)), table:has(th:nth-child(3)) thead, table:has(th:nth-child(3)) tbody, table:has(th:nth-child(3)) tr, table:has(th:nth-child(3)) th, table:has(th:nth-child(3)) td { display: block; }
  table:has(th:nth-child(3)) thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table:has(th:nth-child(3)) tr { margin: 0 0 0.6rem; border: 1px solid #d0d0d0; }
  table:has(th:nth-child(3)) td { display: grid; grid-template-columns: minmax(5.5rem, 35%) minmax(0, 1fr); gap: 0.6rem; border: 0; border-top: 1px solid #ececec; }
  table:has(th:nth-child(3)) td:first-child { border-top: 0; background: #f6f6f6; font-weight: 600; }
  table:has(th:nth-child(3)) td::before { content: attr(data-label); font-weight: 600; }
  table:has(th:nth-child(3)) td:empty { display: none; }
  td { overflow-wrap: anywhere; }
  .sign-off dl.facts, dl.facts { grid-template-columns: minmax(0, 1fr); }
  dl.facts dd { margin-bottom: 0.3rem; }
}
`;

/** Inline styles: the page must render and print with no external resources. */
export const reportStyles = `${screenStyles}${reportPrintStyles}`;
