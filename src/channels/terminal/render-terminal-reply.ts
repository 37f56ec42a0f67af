import type { QuickReply, Reply } from '../../conversation/reply.ts';
import { expectsTypedAnswer } from '../../interpretation/expects-typed-answer.ts';
import { citationOrigin } from '../../knowledge/citation-origin.ts';
import { withReviewText } from '../shared/with-review-text.ts';
import { defaultTerminalWidth, wrapText } from './wrap-text.ts';

/**
 * Plain-text rendering of a reply for the terminal: Markdown emphasis stripped, buttons numbered,
 * lines wrapped at word boundaries to the terminal's width.
 */
export function renderTerminalReply(shown: Reply, options: { width?: number | undefined } = {}): string {
  const reply = withReviewText(shown);
  const blocks: string[] = [];
  for (const message of reply.messages) {
    const lines = [plainText(message.text)];
    if (message.citations.length > 0) {
      lines.push('', 'Sources:');
      for (const citation of message.citations) {
        const where = citation.source
          ? ` (${citation.source.file}${citation.source.page ? `, p. ${citation.source.page}` : ''})`
          : '';
        lines.push(`  [${citation.number}] ${citation.title} — ${citationOrigin(citation)}${where}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  // The same label the card and the page's bar show, never a count of its own.
  if (reply.progress !== null) blocks.push(`[${reply.progress.label}]`);
  if (reply.quickReplies.length > 0) blocks.push(numberedChoices(reply.quickReplies));
  return `${wrapText(blocks.join('\n\n'), options.width ?? defaultTerminalWidth)}\n`;
}

function numberedChoices(quickReplies: readonly QuickReply[]): string {
  // Option labels already start with their number ("1. Yes"); other buttons continue the count.
  return quickReplies
    .map((reply, index) => `  ${index + 1}) ${reply.label.replace(/^\d+\.\s+/, '')}`)
    .join('\n');
}

function plainText(markdown: string): string {
  return (
    markdown
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/(^|\s)_(.+?)_(?=\s|$|[.,;:])/g, '$1$2')
      .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 <$2>')
      // Markdown escapes (quoted text is escaped so it stays text) are shown as the plain character.
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
  );
}

/**
 * A bare number picks the numbered button, so typed "3" means what the screen shows as 3), except
 * where the question itself asks for a number or free text.
 */
export function terminalInputToTurn(input: string, reply: Reply): { text: string } | { action: string } {
  const trimmed = input.trim();
  const quickReplies = reply.quickReplies;
  const wantsTypedValue = reply.question !== null && expectsTypedAnswer(reply.question.kind);
  if (/^\d+$/.test(trimmed) && !wantsTypedValue) {
    const chosen = quickReplies[Number(trimmed) - 1];
    if (chosen !== undefined) return { action: chosen.id };
  }
  return { text: trimmed };
}
