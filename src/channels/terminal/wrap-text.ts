/** What the terminal assumes when it cannot tell its width (a pipe, a file, a test). */
export const defaultTerminalWidth = 80;

// Leading spaces and a list marker ("- ", "3) ", "1. ", "[2] "): continuation lines line up after it.
const lead = /^(\s*(?:[-*•]\s+|\d+[.)]\s+|\[\d+\]\s+)?)(.*)$/u;

/**
 * Wraps each line at word boundaries to `width` columns. A word longer than the width (a long
 * address) goes on a line of its own and overflows rather than being cut in two. Blank lines and
 * indentation are kept; a list item's continuation lines are indented under its text.
 */
export function wrapText(text: string, width: number = defaultTerminalWidth): string {
  const columns = Number.isFinite(width) && width >= 20 ? Math.floor(width) : defaultTerminalWidth;
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const [, prefix = '', body = ''] = lead.exec(line) ?? [];
  const indent = ' '.repeat(prefix.length);
  const words = body.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = prefix;
  let hasWord = false;
  for (const word of words) {
    const candidate = hasWord ? `${current} ${word}` : `${current}${word}`;
    if (candidate.length <= width || !hasWord) {
      current = candidate;
      hasWord = true;
      continue;
    }
    lines.push(current);
    current = `${indent}${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}
