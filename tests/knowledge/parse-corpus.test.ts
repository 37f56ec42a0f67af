import { describe, expect, it } from 'vitest';
import { formatCorpusIssue } from '../../src/knowledge/corpus-issue.ts';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import { parseCorpusFile } from '../../src/knowledge/parse-corpus-file.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';
import { fixtureCorpusDirectory } from './fixture-knowledge-base.ts';

const filler =
  'The agency documents each decision about the system so that it can be reviewed later by an oversight body.';
const body = `${filler} ${filler} ${filler}`; // 57 words; the heading of a first passage is line 8

function corpusFile(passages: string, frontMatter = 'resource: principles\ntitle: Principles'): string {
  return `---\n${frontMatter}\n---\n\n# Section\n\n${passages}`;
}
function passage(title: string, metadata: string, text = body): string {
  return `## ${title}\n${metadata}\n\n${text}\n\n`;
}
const okMetadata = (id: string) => `<!-- id: ${id} | tags: lawfulness, human-rights | basis: confirmed -->`;

function messages(text: string, file = 'principles.md'): string[] {
  const result = parseCorpusFile(text, file);
  if (result.success) return [];
  return result.error.map(formatCorpusIssue);
}

describe('parseCorpusFile', () => {
  it('reads sections, passages and their metadata', () => {
    const result = parseCorpusFile(
      corpusFile(passage('Lawfulness', okMetadata('principles-lawfulness'))),
      'principles.md',
    );
    expect(result.success && result.data.map((entry) => entry.passage)).toEqual([
      {
        id: 'principles-lawfulness',
        resource: 'principles',
        section: 'Section',
        title: 'Lawfulness',
        tags: ['lawfulness', 'human-rights'],
        basis: 'confirmed',
        text: body,
      },
    ]);
  });

  it('reads the fixture corpus without problems', async () => {
    const result = parseCorpus(await readCorpusFiles(fixtureCorpusDirectory));
    expect(result.success && result.data.length).toBe(9);
  });

  it('names the file and line of a missing metadata line', () => {
    expect(messages(corpusFile(`## Lawfulness\n\n${body}\n`))).toEqual([
      'principles.md:10: passage "Lawfulness": expected a metadata line like <!-- id: ... | tags: ... | basis: ... -->',
    ]);
  });

  it('reports a passage with no metadata at all at its heading', () => {
    expect(messages(corpusFile('## Lawfulness\n'))).toEqual([
      'principles.md:8: passage "Lawfulness" has no metadata line (<!-- id: ... | tags: ... | basis: ... -->)',
    ]);
  });

  it('reports malformed metadata: unknown key, missing basis, bad id', () => {
    const result = messages(
      corpusFile(passage('Lawfulness', '<!-- id: Principles_Lawfulness | colour: red -->')),
    );
    expect(result).toEqual([
      'principles.md:9: passage "Lawfulness": unknown metadata key "colour" (expected id, tags, basis, source, as-of)',
      'principles.md:9: passage "Lawfulness": invalid id "Principles_Lawfulness": passage ids are lowercase words joined by hyphens',
      'principles.md:9: passage "Lawfulness": metadata has no basis',
    ]);
  });

  it('reports an unknown tag and an unknown basis', () => {
    const metadata = '<!-- id: principles-lawfulness | tags: lawfulness, astrology | basis: rumour -->';
    expect(messages(corpusFile(passage('Lawfulness', metadata)))).toEqual([
      'principles.md:9: passage "Lawfulness": invalid basis "rumour" (expected confirmed or summary)',
      'principles.md:9: passage "Lawfulness": unknown tag "astrology"',
    ]);
  });

  it('reports an unknown resource in the front matter', () => {
    const text = corpusFile(
      passage('Lawfulness', okMetadata('principles-lawfulness')),
      'resource: horoscope\ntitle: Stars',
    );
    expect(messages(text)).toEqual([
      expect.stringMatching(/^principles\.md:1: invalid front matter: .*resource/),
    ]);
  });

  it('reports missing front matter', () => {
    expect(messages('# Section\n')).toEqual([
      'principles.md:1: missing front matter (--- resource: ... title: ... ---)',
    ]);
  });

  it('reports an empty passage', () => {
    const text = corpusFile(
      `## Lawfulness\n${okMetadata('principles-lawfulness')}\n\n## Next\n${okMetadata('principles-next')}\n\n${body}\n`,
    );
    expect(messages(text)).toEqual(['principles.md:8: passage "Lawfulness" is empty']);
  });

  it('reports word counts outside 40-300', () => {
    const short = passage('Short', okMetadata('principles-short'), 'Too short to answer anything.');
    const long = passage(
      'Long',
      okMetadata('principles-long'),
      Array.from({ length: 16 }, () => filler).join(' '),
    );
    expect(messages(corpusFile(`${short}${long}`))).toEqual([
      'principles.md:8: passage "Short" has 5 words (expected 40-300)',
      'principles.md:13: passage "Long" has 304 words (expected 40-300)',
    ]);
  });

  it("requires summary passages to say they are RAIA's summary", () => {
    const metadata = '<!-- id: principles-lawfulness | tags: lawfulness | basis: summary -->';
    expect(messages(corpusFile(passage('Lawfulness', metadata)))).toEqual([
      'principles.md:8: passage "Lawfulness" has basis summary but its text does not say "RAIA\'s summary"',
    ]);
    expect(messages(corpusFile(passage('Lawfulness', metadata, `${body} (RAIA's summary.)`)))).toEqual([]);
  });

  it('rejects headings deeper than ## and text outside passages', () => {
    const text = corpusFile(
      `Stray text.\n\n${passage('Lawfulness', okMetadata('principles-lawfulness'))}### Detail\n`,
    );
    expect(messages(text)).toEqual([
      'principles.md:8: text outside a passage (expected a ## passage heading first)',
      'principles.md:15: heading "Detail" is deeper than ##: passages have no sub-headings',
    ]);
  });
});

describe('parseCorpusFile on legal passages', () => {
  const lawFrontMatter = 'resource: law\ntitle: Legal reference';
  const lawMetadata = (extra: string) =>
    `<!-- id: law-ai-act-art26 | tags: governance | basis: confirmed${extra} -->`;
  const lawFile = (extra: string) =>
    corpusFile(passage('AI Act Article 26', lawMetadata(extra)), lawFrontMatter);

  it('reads the source and as-of date of a law passage', () => {
    const result = parseCorpusFile(
      lawFile(' | source: Regulation (EU) 2024/1689 (AI Act), Art. 26(1): use | as-of: 2026-12-01'),
      'law.md',
    );
    expect(result.success && result.data.map((entry) => entry.passage)).toEqual([
      {
        id: 'law-ai-act-art26',
        resource: 'law',
        section: 'Section',
        title: 'AI Act Article 26',
        tags: ['governance'],
        basis: 'confirmed',
        text: body,
        source: 'Regulation (EU) 2024/1689 (AI Act), Art. 26(1): use',
        asOf: '2026-12-01',
      },
    ]);
  });

  it('requires a source and an as-of date on every law passage, naming the metadata line', () => {
    expect(messages(lawFile(''), 'law.md')).toEqual([
      'law.md:9: passage "AI Act Article 26": a law passage needs "source:" (the instrument and article, e.g. Regulation (EU) 2024/1689 (AI Act), Art. 26)',
      'law.md:9: passage "AI Act Article 26": a law passage needs "as-of:" (the date the statement is true as of, e.g. 2026-12-01)',
    ]);
  });

  it('refuses a source or an as-of date outside the law resource', () => {
    const metadata = `${okMetadata('principles-lawfulness').slice(0, -4)} | source: AI Act, Art. 5 | as-of: 2026-12-01 -->`;
    expect(messages(corpusFile(passage('Lawfulness', metadata)))).toEqual([
      'principles.md:9: passage "Lawfulness": "source:" is only for passages of the law resource (this file is principles)',
      'principles.md:9: passage "Lawfulness": "as-of:" is only for passages of the law resource (this file is principles)',
    ]);
  });

  it('reports an as-of that is not a real ISO date and an empty source', () => {
    expect(messages(lawFile(' | source:  | as-of: 1 December 2026'), 'law.md')).toEqual([
      'law.md:9: passage "AI Act Article 26": metadata key "source" is empty',
      'law.md:9: passage "AI Act Article 26": invalid as-of "1 December 2026" (expected a date as YYYY-MM-DD, e.g. 2026-12-01)',
    ]);
    expect(messages(lawFile(' | source: AI Act, Art. 26 | as-of: 2026-02-30'), 'law.md')).toEqual([
      'law.md:9: passage "AI Act Article 26": invalid as-of "2026-02-30" (expected a date as YYYY-MM-DD, e.g. 2026-12-01)',
    ]);
  });

  it('reads the practice-notes resource, which takes no source', () => {
    const metadata = '<!-- id: practice-drones | tags: governance | basis: summary -->';
    const text = corpusFile(
      passage('Drones', metadata, `${body} (RAIA's summary.)`),
      'resource: practice-notes\ntitle: Practice notes',
    );
    const result = parseCorpusFile(text, 'practice-notes.md');
    expect(result.success && result.data.map((entry) => entry.passage.resource)).toEqual(['practice-notes']);
  });
});

describe('parseCorpus', () => {
  it('reports a passage id used in two files, naming both places', () => {
    const result = parseCorpus([
      {
        file: 'roadmap.md',
        text: corpusFile(passage('Again', okMetadata('shared-id')), 'resource: roadmap\ntitle: Roadmap'),
      },
      { file: 'principles.md', text: corpusFile(passage('First', okMetadata('shared-id'))) },
    ]);
    expect(!result.success && result.error.map(formatCorpusIssue)).toEqual([
      'roadmap.md:8: duplicate passage id "shared-id" (first used at principles.md:8)',
    ]);
  });
});
