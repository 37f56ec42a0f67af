import { describe, expect, it } from 'vitest';
import { ingestCharacterLimit, ingestDocument, ingestWordLimits } from '../../src/knowledge/ingest.ts';
import { countWords } from '../../src/knowledge/tokenize-text.ts';

const sentence = 'Officers must record why a face match was accepted or rejected before any further action.';
const paragraph = (count: number) => Array.from({ length: count }, () => sentence).join(' ');

describe('ingestDocument', () => {
  it('titles passages from headings and ids them from file, page and chunk', () => {
    const markdown = `# Body-worn camera policy\n\n${paragraph(5)}\n\n## Retention\n\n${paragraph(5)}\n`;
    const result = ingestDocument({ file: 'BWC Policy.md', fileKey: 'f1', pages: [markdown] });
    expect(
      result.success &&
        result.data.map(({ id, title, source, resource, basis }) => ({ id, title, source, resource, basis })),
    ).toEqual([
      {
        id: 'bwc-policy-md-f1-p1-1',
        title: 'Body-worn camera policy',
        source: { file: 'BWC Policy.md', page: 1 },
        resource: 'ingested',
        basis: 'document',
      },
      {
        id: 'bwc-policy-md-f1-p1-2',
        title: 'Retention',
        source: { file: 'BWC Policy.md', page: 1 },
        resource: 'ingested',
        basis: 'document',
      },
    ]);
  });

  it('uses the file name as title when there is no heading, and never crosses pages', () => {
    const result = ingestDocument({ file: 'scan.pdf', fileKey: 'f1', pages: [paragraph(5), paragraph(5)] });
    expect(
      result.success && result.data.map(({ id, title, source }) => ({ id, title, page: source.page })),
    ).toEqual([
      { id: 'scan-pdf-f1-p1-1', title: 'scan.pdf', page: 1 },
      { id: 'scan-pdf-f1-p2-1', title: 'scan.pdf', page: 2 },
    ]);
  });

  it(`cuts long text into passages of at most ${ingestWordLimits.max} words`, () => {
    const paragraphs = Array.from({ length: 12 }, () => paragraph(4)).join('\n\n');
    const result = ingestDocument({
      file: 'long.txt',
      fileKey: 'f1',
      pages: [`${paragraphs}\n\n${paragraph(40)}`],
    });
    const sizes = result.success ? result.data.map((passage) => countWords(passage.text)) : [];
    expect(sizes.length).toBeGreaterThan(4);
    for (const size of sizes) {
      expect(size).toBeGreaterThanOrEqual(ingestWordLimits.min);
      expect(size).toBeLessThanOrEqual(ingestWordLimits.max);
    }
  });

  it('joins a short paragraph to the one before it', () => {
    const result = ingestDocument({
      file: 'notes.txt',
      fileKey: 'f1',
      pages: [`${paragraph(5)}\n\nShort closing remark.`],
    });
    expect(result.success && result.data).toHaveLength(1);
    expect(result.success && result.data[0]?.text.endsWith('Short closing remark.')).toBe(true);
  });

  it('skips YAML front matter of a Markdown file', () => {
    const result = ingestDocument({
      file: 'a.md',
      fileKey: 'f1',
      pages: [`---\nauthor: someone\n---\n\n${paragraph(5)}`],
    });
    expect(result.success && result.data[0]?.text).not.toContain('author');
  });

  it('refuses a document without text', () => {
    const result = ingestDocument({ file: 'empty.pdf', fileKey: 'f1', pages: ['', '  \n'] });
    expect(!result.success && result.error.userMessage).toBe('empty.pdf contains no text to ingest.');
  });

  it('cuts a multi-megabyte text without punctuation into many passages of bounded length', () => {
    // About 8.6 MB of words and spaces with no full stop: once a single passage of it all.
    const words = ['custody', 'record', 'retention', 'camera', 'review', 'officer', 'warrant', 'bail'];
    const text = Array.from({ length: 1_150_000 }, (_, index) => words[index % words.length]).join(' ');
    expect(text.length).toBeGreaterThan(8_600_000);
    const result = ingestDocument({ file: 'dump.txt', fileKey: 'a1b2c3d4', pages: [text] });
    if (!result.success) throw result.error;
    expect(result.data.length).toBeGreaterThanOrEqual(Math.floor(text.length / ingestCharacterLimit));
    for (const passage of result.data) {
      expect(passage.text.length).toBeLessThanOrEqual(ingestCharacterLimit);
      expect(countWords(passage.text)).toBeLessThanOrEqual(ingestWordLimits.max);
    }
    // Cut at spaces: no word is split in two.
    expect(new Set(result.data.flatMap((passage) => passage.text.split(' ')))).toEqual(new Set(words));
  });

  it('cuts text with no spaces at all anywhere, keeping every character', () => {
    const text = 'x'.repeat(3 * ingestCharacterLimit + 17);
    const result = ingestDocument({ file: 'blob.txt', fileKey: 'a1b2c3d4', pages: [text] });
    if (!result.success) throw result.error;
    expect(result.data.map((passage) => passage.text.length)).toEqual([
      ingestCharacterLimit,
      ingestCharacterLimit,
      ingestCharacterLimit,
      17,
    ]);
  });

  it('puts the file key into every id, so files whose names read alike get different ids', () => {
    const first = ingestDocument({ file: 'a b.md', fileKey: '1111aaaa', pages: [paragraph(5)] });
    const second = ingestDocument({ file: 'a-b.md', fileKey: '2222bbbb', pages: [paragraph(5)] });
    expect(first.success && first.data.map((passage) => passage.id)).toEqual(['a-b-md-1111aaaa-p1-1']);
    expect(second.success && second.data.map((passage) => passage.id)).toEqual(['a-b-md-2222bbbb-p1-1']);
  });
});
