import type { CorpusIssue } from './corpus-issue.ts';
import { type LocatedPassage, parseCorpusFile } from './parse-corpus-file.ts';
import type { Passage } from './passage-schema.ts';

export interface CorpusFile {
  /** File name as shown in error messages, e.g. `principles.md`. */
  file: string;
  text: string;
}
export type CorpusResult = { success: true; data: Passage[] } | { success: false; error: CorpusIssue[] };

/**
 * Parses every corpus file and checks what no single file can: passage ids are unique across files.
 * Files are read in name order so the generated index does not depend on directory listing order.
 */
export function parseCorpus(files: readonly CorpusFile[]): CorpusResult {
  const issues: CorpusIssue[] = [];
  const located: LocatedPassage[] = [];
  const ordered = [...files].sort((left, right) => left.file.localeCompare(right.file));
  for (const { file, text } of ordered) {
    const result = parseCorpusFile(text, file);
    if (result.success) located.push(...result.data);
    else issues.push(...result.error);
  }

  const firstSeen = new Map<string, LocatedPassage>();
  for (const entry of located) {
    const earlier = firstSeen.get(entry.passage.id);
    if (earlier) {
      issues.push({
        file: entry.file,
        line: entry.line,
        message: `duplicate passage id "${entry.passage.id}" (first used at ${earlier.file}:${earlier.line})`,
      });
    } else {
      firstSeen.set(entry.passage.id, entry);
    }
  }

  if (issues.length > 0) return { success: false, error: issues };
  return { success: true, data: located.map((entry) => entry.passage) };
}
