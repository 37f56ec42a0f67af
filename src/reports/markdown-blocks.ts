import { escapeMarkdown } from './escape-markdown.ts';
import { markdownList, markdownTable } from './markdown-table.ts';
import type { ReportBlock } from './report-blocks.ts';

function blockMarkdown(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`, ''];
    case 'paragraph': {
      const text = escapeMarkdown(block.text);
      return [block.style === 'strong' ? `**${text}**` : block.style === 'note' ? `_${text}_` : text, ''];
    }
    case 'list':
      return [...markdownList(block.items), ''];
    case 'facts':
      return [
        ...block.rows.map(({ label, value }) => `- ${escapeMarkdown(label)}: ${escapeMarkdown(value)}`),
        '',
      ];
    case 'table':
      return [...markdownTable(block.table), ''];
  }
}

/** Blocks as Markdown lines, every text escaped, each block followed by a blank line. */
export function blocksMarkdown(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap(blockMarkdown);
}
