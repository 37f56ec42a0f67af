/** A problem in a corpus file, located so an author can jump to it. */
export interface CorpusIssue {
  file: string;
  /** 1-based line number. */
  line: number;
  message: string;
}

/** `principles.md:12: passage "Lawfulness" has no metadata line` */
export function formatCorpusIssue(issue: CorpusIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}
