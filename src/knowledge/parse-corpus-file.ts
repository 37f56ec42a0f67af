import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { CorpusIssue } from './corpus-issue.ts';
import { parsePassageMetadata } from './parse-passage-metadata.ts';
import { legalResourceId, type Passage, passageSchema, resourceIdSchema } from './passage-schema.ts';
import { countWords } from './tokenize-text.ts';

export interface LocatedPassage {
  passage: Passage;
  file: string;
  /** Line of the passage's `##` heading. */
  line: number;
}
export type CorpusFileResult =
  | { success: true; data: LocatedPassage[] }
  | { success: false; error: CorpusIssue[] };

export const passageWordLimits = { min: 40, max: 300 } as const;

const frontMatterSchema = z.object({ resource: resourceIdSchema, title: z.string().min(1) });
const summaryPhrase = /RAIA['’]s summary/;

interface OpenPassage {
  title: string;
  section: string;
  line: number;
  metadata: ReturnType<typeof parsePassageMetadata> | undefined;
  metadataLine: number;
  body: string[];
}

/**
 * Parses one corpus file: YAML front matter, `#` sections, `##` passages each followed by a metadata
 * comment. Reports every problem it finds, each with the file name and line, rather than the first.
 */
export function parseCorpusFile(text: string, file: string): CorpusFileResult {
  const lines = text.split(/\r?\n/);
  const issues: CorpusIssue[] = [];
  const report = (line: number, message: string) => issues.push({ file, line, message });

  const closing =
    lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
  if (closing < 0) {
    report(1, 'missing front matter (--- resource: ... title: ... ---)');
    return { success: false, error: issues };
  }
  const frontMatter = readFrontMatter(lines.slice(1, closing).join('\n'));
  if (!frontMatter.success) report(1, frontMatter.error);

  const passages: LocatedPassage[] = [];
  let section: string | undefined;
  let open: OpenPassage | undefined;
  let inFence = false;
  const close = () => {
    if (open && frontMatter.success) {
      const located = finishPassage(open, frontMatter.data.resource, file, report);
      if (located) passages.push(located);
    }
    open = undefined;
  };

  for (let index = closing + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    if (line.trim().startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^(#+)\s+(.*\S)\s*$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 0;
      const title = heading[2] ?? '';
      if (level === 1) {
        close();
        section = title;
      } else if (level === 2) {
        close();
        if (section === undefined)
          report(lineNumber, `passage "${title}" comes before any # section heading`);
        open = {
          title,
          section: section ?? '',
          line: lineNumber,
          metadata: undefined,
          metadataLine: lineNumber,
          body: [],
        };
      } else {
        report(lineNumber, `heading "${title}" is deeper than ##: passages have no sub-headings`);
      }
      continue;
    }
    if (open && open.metadata === undefined) {
      if (line.trim() === '') continue;
      open.metadata = parsePassageMetadata(line);
      open.metadataLine = lineNumber;
      if (!open.metadata.success) {
        for (const message of open.metadata.error) report(lineNumber, `passage "${open.title}": ${message}`);
      }
      continue;
    }
    if (open) open.body.push(line);
    else if (line.trim() !== '')
      report(lineNumber, 'text outside a passage (expected a ## passage heading first)');
  }
  close();

  return issues.length > 0 ? { success: false, error: issues } : { success: true, data: passages };
}

function readFrontMatter(
  source: string,
): { success: true; data: z.infer<typeof frontMatterSchema> } | { success: false; error: string } {
  let value: unknown;
  try {
    value = parseYaml(source);
  } catch (error) {
    return {
      success: false,
      error: `front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const parsed = frontMatterSchema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: `invalid front matter: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`,
  };
}

function finishPassage(
  open: OpenPassage,
  resource: Passage['resource'],
  file: string,
  report: (line: number, message: string) => void,
): LocatedPassage | undefined {
  const label = `passage "${open.title}"`;
  if (open.metadata === undefined) {
    report(open.line, `${label} has no metadata line (<!-- id: ... | tags: ... | basis: ... -->)`);
    return undefined;
  }
  if (!open.metadata.success) return undefined;
  for (const message of legalFieldProblems(open.metadata.data, resource)) {
    report(open.metadataLine, `${label}: ${message}`);
  }
  const text = open.body.join('\n').trim();
  if (text === '') {
    report(open.line, `${label} is empty`);
    return undefined;
  }
  const words = countWords(text);
  if (words < passageWordLimits.min || words > passageWordLimits.max) {
    report(
      open.line,
      `${label} has ${words} words (expected ${passageWordLimits.min}-${passageWordLimits.max})`,
    );
  }
  if (open.metadata.data.basis === 'summary' && !summaryPhrase.test(text)) {
    report(open.line, `${label} has basis summary but its text does not say "RAIA's summary"`);
  }
  const parsed = passageSchema.safeParse({
    ...open.metadata.data,
    resource,
    section: open.section,
    title: open.title,
    text,
  });
  if (!parsed.success) {
    report(open.line, `${label}: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`);
    return undefined;
  }
  return { passage: parsed.data, file, line: open.line };
}

/**
 * A statement of law is only as good as its article and its date, so legal passages must carry both;
 * anywhere else they would make a Toolkit passage look like law, so they are refused.
 */
function legalFieldProblems(
  metadata: Pick<Passage, 'source' | 'asOf'>,
  resource: Passage['resource'],
): string[] {
  if (resource === legalResourceId) {
    return [
      ...(metadata.source === undefined
        ? [
            'a law passage needs "source:" (the instrument and article, e.g. Regulation (EU) 2024/1689 (AI Act), Art. 26)',
          ]
        : []),
      ...(metadata.asOf === undefined
        ? ['a law passage needs "as-of:" (the date the statement is true as of, e.g. 2026-12-01)']
        : []),
    ];
  }
  const refused = (key: string) =>
    `"${key}" is only for passages of the law resource (this file is ${resource})`;
  return [
    ...(metadata.source === undefined ? [] : [refused('source:')]),
    ...(metadata.asOf === undefined ? [] : [refused('as-of:')]),
  ];
}
