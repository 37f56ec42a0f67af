/**
 * Splits text into pieces of at most `limit` characters (Block Kit: 3000 per text object),
 * preferring paragraph, then line, then word boundaries so Markdown stays readable.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut =
      lastBoundary(window, '\n\n') ?? lastBoundary(window, '\n') ?? lastBoundary(window, ' ') ?? limit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** A cut in the second half of the window, so pieces never get tiny. */
function lastBoundary(window: string, separator: string): number | undefined {
  const index = window.lastIndexOf(separator);
  return index >= window.length / 2 ? index + separator.length : undefined;
}

/** Shortens text to `limit` characters, marking the cut with an ellipsis. */
export function truncateText(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
