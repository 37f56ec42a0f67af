/**
 * Every character sequence some renderer or editor breaks a line at: CommonMark's \r\n, \r and
 * \n, plus vertical tab, form feed, NEL, and the Unicode line and paragraph separators. A break
 * inside a paragraph or table cell would let typed text start a heading or a table row.
 */
const lineBreaks = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/** A URI scheme as autolinkers see it: a word starting with a letter, then ":" and no space. */
const uriScheme = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):(?=\S)/gi;

/**
 * Escapes text for a Markdown paragraph or table cell: Markdown punctuation gets a backslash and
 * HTML-significant characters become entities, so answers typed by people can neither break a
 * table nor inject markup when the Markdown is later rendered as HTML. Line breaks of every kind
 * become spaces. Addresses stay readable but inert: GitHub's autolinks (and pandoc's bare URIs)
 * need a literal `scheme:`, `www.` or `@` in the source, so those characters are written as
 * character references, which every CommonMark renderer shows as the character itself.
 * `$`, `^` and `@` are escaped too: pandoc reads them as maths, superscripts and citations.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~$^]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(lineBreaks, ' ')
    .replace(uriScheme, '$1&#58;')
    .replace(/\b(www)\./gi, '$1&#46;')
    .replace(/@/g, '&#64;');
}
