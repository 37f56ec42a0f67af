import { describe, expect, it } from 'vitest';
import { frameworkDocumentSchema } from '../../src/reports/framework-document-schema.ts';
import {
  type FrameworkDocumentInput,
  renderFrameworkDocument,
} from '../../src/reports/render-framework-document.ts';
import {
  documentTranslation,
  euFramework,
  huderiaFramework,
  retrospectiveWithFria,
} from './framework-report-fixtures.ts';
import { goldenGeneratedAt } from './golden-fixtures.ts';
import { hostileText } from './report-fixtures.ts';
import { readWordFile } from './word-document-text.ts';

const meta = {
  sessionId: 'session-frameworks',
  generatedAt: goldenGeneratedAt,
  timeZone: 'UTC',
  agency: 'Metropolitan Police, Digital Forensics Unit',
  systemName: 'Retrospective facial image search',
};

const headings = [
  '(a) The processes of your agency in which the system is used, in line with its intended purpose',
  '(b) The period of time and the frequency of use',
  '(c) The categories of people and groups likely to be affected in this context',
  "(d) The specific risks of harm to those people and groups, taking the provider's information into account",
  '(e) How human oversight is carried out, according to the instructions for use',
  '(f) The measures to take if the risks materialise, including internal governance and complaint mechanisms',
];

async function fria(format: FrameworkDocumentInput['format'], input: Partial<FrameworkDocumentInput> = {}) {
  const rendered = await renderFrameworkDocument({
    framework: euFramework(retrospectiveWithFria),
    documentId: 'fria',
    format,
    meta,
    ...input,
  });
  if (!rendered.success) throw rendered.error;
  return rendered.data;
}

const text = (body: string | Uint8Array) => {
  if (typeof body !== 'string') throw new Error('expected text');
  return body;
};

describe('renderFrameworkDocument', () => {
  it('writes the FRIA draft as Markdown with all six Art. 27(1) elements, filled or marked missing', async () => {
    const rendered = await fria('md');
    expect(rendered.contentType).toBe('text/markdown; charset=utf-8');
    expect(rendered.fileName).toBe('fria-retrospective-facial-image-search-2026-12-01.md');
    const markdown = text(rendered.body);
    expect(
      markdown.startsWith(
        '# Fundamental rights impact assessment (draft): Retrospective facial image search\n',
      ),
    ).toBe(true);
    const level2 = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(level2.slice(0, 6)).toHaveLength(6);
    expect(level2[1]).toBe('(b) The period of time and the frequency of use');
    const period = markdown.slice(markdown.indexOf('## (b)'), markdown.indexOf('## (c)'));
    expect(period).toContain('_Cites: Artificial Intelligence Act Art. 27(1)(b)_');
    expect(period).toContain('**Missing: not yet answered.**');
    const processes = markdown.slice(markdown.indexOf('## (a)'), markdown.indexOf('## (b)'));
    expect(processes).toContain(
      '- Answer: Analysts search CCTV footage seized in a case &lt;img src=x onerror=alert(1)&gt; \\| \\*\\*not bold\\*\\*',
    );
    expect(markdown).not.toContain(hostileText);
    const risks = markdown.slice(markdown.indexOf('## (d)'), markdown.indexOf('## (e)'));
    expect(risks).toContain('| Biometric misidentification');
    expect(markdown).toContain('- Law as of: 31 July 2026');
    expect(markdown).toContain('the official template replaces this layout');
    expect(markdown).toContain(
      '_Cites: Artificial Intelligence Act Art. 27(1), Art. 27(2), Art. 27(3), Art. 27(4), Art. 27(5)_',
    );
    expect(markdown).toContain('not part of the INTERPOL-UNICRI Toolkit and is not legal advice');
    expect(markdown).toContain('- Signed off: Not signed off in RAIA yet.');
  });

  it('writes the same as a self-contained HTML page, every answer escaped', async () => {
    const html = text((await fria('html')).body);
    for (const heading of headings) expect(html).toContain(`<h2>${heading.replace(/'/g, '&#39;')}</h2>`);
    expect(html).toContain('<p><strong>Missing: not yet answered.</strong></p>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('<dt>System</dt><dd>Retrospective facial image search</dd>');
  });

  it('writes JSON that its schema parses, with every element and which are missing', async () => {
    const rendered = await fria('json');
    const document = frameworkDocumentSchema.parse(JSON.parse(text(rendered.body)));
    expect(document.elements.map((element) => element.heading.cites[0])).toEqual([
      'ai-act:27(1)(a)',
      'ai-act:27(1)(b)',
      'ai-act:27(1)(c)',
      'ai-act:27(1)(d)',
      'ai-act:27(1)(e)',
      'ai-act:27(1)(f)',
    ]);
    expect(document.elements.filter((element) => element.missing).map((element) => element.id)).toEqual([
      'period-and-frequency',
    ]);
    expect(document.pack).toMatchObject({ id: 'eu-ai-act', version: '1', asOf: '2026-07-31' });
    expect(document.preface.cites).toContain('ai-act:27(5)');
  });

  it('writes a Word file whose document.xml holds all six elements, the gap marked', async () => {
    const rendered = await fria('docx');
    expect(rendered.fileName.endsWith('.docx')).toBe(true);
    if (typeof rendered.body === 'string') throw new Error('expected bytes');
    const word = readWordFile(rendered.body);
    for (const heading of headings) expect(word.paragraphs).toContain(heading);
    const period = word.paragraphs.indexOf(headings[1] ?? '');
    expect(word.paragraphs.slice(period, period + 3)).toContain('Missing: not yet answered.');
    expect(word.text).toContain(`Analysts search CCTV footage seized in a case ${hostileText}`);
    expect(word.documentXml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('prints the sign-off when the assessment is signed off', async () => {
    const signOff = {
      decision: 'approved-with-conditions' as const,
      note: '',
      signatory: { id: 'user-okafor', name: 'Chief Insp. Ada Okafor', channel: 'api' },
      role: 'approver',
      at: '2026-12-02T09:00:00.000Z',
      contentHash: 'abc',
    };
    const markdown = text((await fria('md', { meta: { ...meta, signOff } })).body);
    expect(markdown).toContain(
      '- Signed off: Approved with conditions by Chief Insp. Ada Okafor (approver), 2 December 2026, 09:00 UTC',
    );
  });

  it('renders any other pack document, such as a mitigation plan', async () => {
    const rendered = await renderFrameworkDocument({
      framework: huderiaFramework(),
      documentId: 'mitigation-plan',
      format: 'md',
      meta,
    });
    if (!rendered.success) throw rendered.error;
    expect(text(rendered.data.body)).toContain(
      '## Measures for interference with private life\n\n_Cites: HUDERIA 5.1_\n\n**Missing: not yet answered.**',
    );
  });

  it('refuses, as not found, a document the pack does not have and one that does not apply', async () => {
    const unknown = await renderFrameworkDocument({
      framework: euFramework(retrospectiveWithFria),
      documentId: 'no-such-document',
      format: 'html',
      meta,
    });
    expect(unknown.success ? 'rendered' : [unknown.error.code, unknown.error.userMessage]).toEqual([
      'not-found',
      expect.stringContaining('has no document called "no-such-document"'),
    ]);
    const translation = await renderFrameworkDocument({
      framework: euFramework({ values: documentTranslation }),
      documentId: 'fria',
      format: 'md',
      meta,
    });
    expect(
      translation.success ? 'rendered' : [translation.error.code, translation.error.userMessage],
    ).toEqual([
      'not-found',
      'The document “Fundamental rights impact assessment (draft)” does not apply to this system, going by the answers, so there is nothing to export.',
    ]);
  });
});
