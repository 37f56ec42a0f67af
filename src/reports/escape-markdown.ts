/**
 * Escapes text for a Markdown paragraph or table cell: Markdown punctuation gets a backslash and
 * HTML-significant characters become entities, so answers typed by people can neither break a
 * table nor inject markup when the Markdown is later rendered as HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}
