import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/knowledge/answer-question.ts';
import { loadBuiltInKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { searchPassages } from '../../../src/knowledge/search-passages.ts';
import { ingestFiles } from '../../../src/runtime/node/ingest-files.ts';
import {
  addIngestedPassages,
  ingestedStorePath,
  loadIngestedKnowledgeBase,
} from '../../../src/runtime/node/ingested-store.ts';

let directory: string;
const drone =
  'The quadcopter unit flies only with a written tasking order signed by a duty inspector, and footage of bystanders is blurred before storage. ';
const radio =
  'Radio transcripts produced by the speech service are checked by the dispatcher on duty before they enter the incident log. ';

/** A two-page PDF made with pdfkit: page 1 about drones, page 2 about radio transcripts. */
function makePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument();
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.fontSize(12).text(drone.repeat(4));
    document.moveDown().text(drone.repeat(2));
    document.addPage().text(radio.repeat(5));
    document.end();
  });
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'raia-ingest-'));
  await writeFile(join(directory, 'drone-policy.pdf'), await makePdf());
  await writeFile(
    join(directory, 'custody.md'),
    `# Custody suite cameras\n\n${'Recordings from custody suite cameras are kept for ninety days unless an incident is reported. '.repeat(5)}`,
  );
  await writeFile(
    join(directory, 'vetting.txt'),
    'Vendors of analytics software undergo security vetting by the procurement board before any pilot. '.repeat(
      5,
    ),
  );
  await writeFile(join(directory, 'notes.docx'), 'not supported');
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('ingestFiles', () => {
  it('reads a PDF page by page so passages cite the page', async () => {
    const result = await ingestFiles([join(directory, 'drone-policy.pdf')]);
    if (!result.success) throw result.error;
    expect(result.data.map((passage) => passage.source)).toEqual([
      { file: 'drone-policy.pdf', page: 1 },
      { file: 'drone-policy.pdf', page: 2 },
    ]);
    expect(result.data[0]?.text).toContain('quadcopter unit flies only with a written tasking order');
    expect(result.data[1]?.text).toContain('Radio transcripts produced by the speech service');
  });

  it('reads Markdown and text files as one page', async () => {
    const result = await ingestFiles([join(directory, 'custody.md'), join(directory, 'vetting.txt')]);
    expect(result.success && result.data.map(({ id, title, source }) => ({ id, title, source }))).toEqual([
      { id: 'custody-md-p1-1', title: 'Custody suite cameras', source: { file: 'custody.md', page: 1 } },
      { id: 'vetting-txt-p1-1', title: 'vetting.txt', source: { file: 'vetting.txt', page: 1 } },
    ]);
  });

  it('refuses unsupported and missing files with the path in the message', async () => {
    const unsupported = await ingestFiles([join(directory, 'notes.docx')]);
    expect(!unsupported.success && unsupported.error.userMessage).toMatch(
      /notes\.docx: unsupported file type/,
    );
    const missing = await ingestFiles([join(directory, 'absent.md')]);
    expect(!missing.success && missing.error.code).toBe('not-found');
  });
});

describe('ingested store', () => {
  it('stores passages, replaces a re-ingested file, and searches them with the Toolkit', async () => {
    const dataDirectory = join(directory, 'data');
    const pdf = await ingestFiles([join(directory, 'drone-policy.pdf'), join(directory, 'custody.md')]);
    if (!pdf.success) throw pdf.error;
    await addIngestedPassages(dataDirectory, pdf.data);
    const again = await addIngestedPassages(dataDirectory, pdf.data.slice(0, 1));
    expect(again.success && again.data.map((passage) => passage.id)).toEqual([
      'custody-md-p1-1',
      'drone-policy-pdf-p1-1',
    ]);
    expect(JSON.parse(await readFile(ingestedStorePath(dataDirectory), 'utf8'))).toHaveLength(2);

    const builtIn = loadBuiltInKnowledgeBase();
    const ingested = await loadIngestedKnowledgeBase(dataDirectory, builtIn.passages.length);
    if (!ingested.success || !ingested.data) throw new Error('expected ingested passages');
    const combined = [builtIn, ingested.data];
    const hits = searchPassages(combined, 'quadcopter tasking order');
    expect(hits.success && hits.data[0]).toMatchObject({ id: 'drone-policy-pdf-p1-1', resource: 'ingested' });
    const only = searchPassages(combined, 'cameras', { resource: 'ingested' });
    expect(only.success && only.data.every((hit) => hit.resource === 'ingested')).toBe(true);

    const answer = await answerQuestion('Who signs the quadcopter tasking order?', {
      knowledgeBase: combined,
    });
    expect(answer.citations[0]).toMatchObject({
      id: 'drone-policy-pdf-p1-1',
      source: { file: 'drone-policy.pdf', page: 1 },
    });
  });

  it('has no ingested knowledge base before anything is ingested', async () => {
    const result = await loadIngestedKnowledgeBase(join(directory, 'nothing-here'));
    expect(result).toEqual({ success: true, data: undefined });
  });
});
