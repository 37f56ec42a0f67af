import { escapeHtml } from './escape-html.ts';
import { htmlList, htmlTable } from './html-table.ts';
import type { ReportBlock } from './report-blocks.ts';

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return block.style === 'strong'
        ? `<p><strong>${escapeHtml(block.text)}</strong></p>`
        : `<p${block.style === 'note' ? ' class="disclaimer"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return htmlList(block.items);
    case 'facts':
      return `<dl class="facts">${block.rows
        .map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('')}</dl>`;
    case 'table':
      return block.table.rows.length === 0
        ? '<p>None.</p>'
        : htmlTable(block.table.headings, block.table.rows);
  }
}

/** Blocks as HTML, every text escaped. */
export function blocksHtml(blocks: readonly ReportBlock[]): string[] {
  return blocks.map(blockHtml);
}
