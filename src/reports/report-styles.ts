/** Inline styles: the page must render and print with no external resources. */
export const reportStyles = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.disclaimer { border-left: 4px solid #8a6d00; background: #fff8e1; padding: 0.6rem 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.level { display: inline-block; padding: 0 0.4rem; border-radius: 0.25rem; font-weight: 600; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; margin-right: 0.4rem; vertical-align: -0.1rem; border: 1px solid #999; }
ul.legend { list-style: none; padding: 0; }
svg { max-width: 100%; height: auto; font-family: inherit; }
svg .axis { font-size: 12px; fill: #333; }
svg .axis.small { font-size: 10px; }
svg .axis-title { font-size: 13px; font-weight: 600; fill: #1a1a1a; }
svg .edge { stroke: #555; stroke-dasharray: 3 3; }
svg .bar { fill: #2f4b7c; }
svg .bar.overall { fill: #111; }
svg .marker circle { fill: #fff; stroke: #111; stroke-width: 1.5; }
svg .marker text { font-size: 11px; font-weight: 700; fill: #111; }
.source { color: #555; font-size: 0.85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, svg, .disclaimer { break-inside: avoid; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg rect, .swatch, .level { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
