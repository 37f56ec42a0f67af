import { describe, expect, it } from 'vitest';
import { ingestDocument, ingestWordLimits } from '../../src/knowledge/ingest.ts';
import { countWords } from '../../src/knowledge/tokenize-text.ts';

const sentence = 'Officers must record why a face match was accepted or rejected before any further action.';
const paragraph = (count: number) => Array.from({ length: count }, () => sentence).join(' ');

describe('ingestDocument', () => {
  it('titles passages from headings and ids them from file, page and chunk', () => {
    const markdown = `# Body-worn camera policy\n\n${paragraph(5)}\n\n## Retention\n\n${paragraph(5)}\n`;
    const result = ingestDocument({ file: 'BWC Policy.md', pages: [markdown] });
    expect(
      result.success &&
        result.data.map(({ id, title, source, resource, basis }) => ({ id, title, source, resource, basis })),
    ).toEqual([
      {
        id: 'bwc-policy-md-p1-1',
        title: 'Body-worn camera policy',
        source: { file: 'BWC Policy.md', page: 1 },
        resource: 'ingested',
        basis: 'document',
      },
      {
        id: 'bwc-policy-md-p1-2',
        title: 'Retention',
        source: { file: 'BWC Policy.md', page: 1 },
        resource: 'ingested',
        basis: 'document',
      },
    ]);
  });

  it('uses the file name as title when there is no heading, and never crosses pages', () => {
    const result = ingestDocument({ file: 'scan.pdf', pages: [paragraph(5), paragraph(5)] });
    expect(
      result.success && result.data.map(({ id, title, source }) => ({ id, title, page: source.page })),
    ).toEqual([
      { id: 'scan-pdf-p1-1', title: 'scan.pdf', page: 1 },
      { id: 'scan-pdf-p2-1', title: 'scan.pdf', page: 2 },
    ]);
  });

  it(`cuts long text into passages of at most ${ingestWordLimits.max} words`, () => {
    const paragraphs = Array.from({ length: 12 }, () => paragraph(4)).join('\n\n');
    const result = ingestDocument({ file: 'long.txt', pages: [`${paragraphs}\n\n${paragraph(40)}`] });
    const sizes = result.success ? result.data.map((passage) => countWords(passage.text)) : [];
    expect(sizes.length).toBeGreaterThan(4);
    for (const size of sizes) {
      expect(size).toBeGreaterThanOrEqual(ingestWordLimits.min);
      expect(size).toBeLessThanOrEqual(ingestWordLimits.max);
    }
  });

  it('joins a short paragraph to the one before it', () => {
    const result = ingestDocument({ file: 'notes.txt', pages: [`${paragraph(5)}\n\nShort closing remark.`] });
    expect(result.success && result.data).toHaveLength(1);
    expect(result.success && result.data[0]?.text.endsWith('Short closing remark.')).toBe(true);
  });

  it('skips YAML front matter of a Markdown file', () => {
    const result = ingestDocument({ file: 'a.md', pages: [`---\nauthor: someone\n---\n\n${paragraph(5)}`] });
    expect(result.success && result.data[0]?.text).not.toContain('author');
  });

  it('refuses a document without text', () => {
    const result = ingestDocument({ file: 'empty.pdf', pages: ['', '  \n'] });
    expect(!result.success && result.error.userMessage).toBe('empty.pdf contains no text to ingest.');
  });
});
