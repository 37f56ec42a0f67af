import type { ReportImport } from './report-bundle.ts';

/**
 * One import in words, for every report format: what RAIA vouches for (who imported the file,
 * when, its SHA-256) and, as a claim, the answerers the file names.
 */
export function importSentence(entry: ReportImport, timeText: (iso: string) => string): string {
  const hash = entry.hashedOver === 'received-bytes' ? 'SHA-256' : 'SHA-256 of its JSON text';
  const names =
    entry.claimedAnswerers.length === 0
      ? 'the file names no answerers.'
      : `the file names the answerers as: ${entry.claimedAnswerers.join(', ')}. RAIA has not verified these names.`;
  return `Answers imported on ${timeText(entry.at)} by ${entry.by} from a file (${hash} ${entry.sha256}); ${names}`;
}
