/**
 * A person's own words inside an assistant message, as a Markdown block quote whose Markdown is
 * escaped: what they typed shows as typed and never becomes emphasis, a link, a heading, a list
 * or HTML. Channels that show plain text drop the backslashes again.
 */
export function quoteUserText(text: string): string {
  return text
    .split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/)
    .map((line) => `> ${escapeLine(line.trim())}`.trimEnd())
    .join('\n');
}

function escapeLine(line: string): string {
  const inline = line
    .replace(/[\\`*_[\]<>&|~$^@]/g, '\\$&')
    // Autolinks need a literal "scheme:", "www." or "@": escaped, addresses stay readable but inert.
    .replace(/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):(?=\S)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  // Only at the start of a line do these begin a heading, a list, a rule or a nested quote.
  return inline.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A person's words inside a line of an assistant message (a list item, a table): escaped, on one line. */
export function inlineUserText(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}
