import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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
      {
        id: expect.stringMatching(/^custody-md-[0-9a-f]{8}-p1-1$/),
        title: 'Custody suite cameras',
        source: { file: 'custody.md', page: 1 },
      },
      {
        id: expect.stringMatching(/^vetting-txt-[0-9a-f]{8}-p1-1$/),
        title: 'vetting.txt',
        source: { file: 'vetting.txt', page: 1 },
      },
    ]);
  });

  it('refuses a symbolic link, even to a readable system file, naming it', async () => {
    const link = join(directory, 'passwd.md');
    await symlink('/etc/passwd', link);
    const result = await ingestFiles([link]);
    expect(result.success).toBe(false);
    expect(!result.success && result.error.userMessage).toBe(
      `${link}: this is a symbolic link. RAIA ingests only the files you name, never what a link points to; give the file itself.`,
    );
    const inside = join(directory, 'custody-link.md');
    await symlink(join(directory, 'custody.md'), inside);
    expect((await ingestFiles([inside])).success).toBe(false);
  });

  it('refuses a file reached through a linked folder, and anything that is not a plain file', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'raia-elsewhere-'));
    await writeFile(join(elsewhere, 'secret.md'), 'Not meant for the knowledge base. '.repeat(20));
    await symlink(elsewhere, join(directory, 'linked-folder'));
    const throughLink = join(directory, 'linked-folder', 'secret.md');
    const linked = await ingestFiles([throughLink]);
    expect(!linked.success && linked.error.userMessage).toBe(
      `${throughLink}: this path goes through a linked folder. RAIA ingests only the files you name, never what a link points to; give the file's real path.`,
    );
    await mkdir(join(directory, 'folder.md'));
    const folder = await ingestFiles([join(directory, 'folder.md')]);
    expect(!folder.success && folder.error.userMessage).toBe(
      `${join(directory, 'folder.md')}: this is not a file.`,
    );
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('gives files whose names read alike different passage ids', async () => {
    const text = 'Body-worn camera footage is reviewed by a supervisor before any disclosure. '.repeat(5);
    await writeFile(join(directory, 'a b.md'), text);
    await writeFile(join(directory, 'a-b.md'), text);
    const result = await ingestFiles([join(directory, 'a b.md'), join(directory, 'a-b.md')]);
    if (!result.success) throw result.error;
    const ids = result.data.map((passage) => passage.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('reads a file named twice in one run once', async () => {
    const custody = join(directory, 'custody.md');
    const result = await ingestFiles([custody, join(directory, '.', 'custody.md')]);
    if (!result.success) throw result.error;
    expect(result.data).toHaveLength(1);
  });

  it('refuses two files with one name in one run, naming both', async () => {
    await mkdir(join(directory, 'north'), { recursive: true });
    await mkdir(join(directory, 'south'), { recursive: true });
    const text = 'Drone flights need a tasking order. '.repeat(20);
    const north = join(directory, 'north', 'drones.md');
    const south = join(directory, 'south', 'drones.md');
    await writeFile(north, text);
    await writeFile(south, text);
    const result = await ingestFiles([north, south]);
    expect(!result.success && result.error.userMessage).toBe(
      `${north} and ${south} have the same file name, drones.md. Answers cite ingested passages by file name, so rename one of them first.`,
    );
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
    const [dronePassage] = pdf.data;
    expect(again.success && again.data.stored.map((passage) => passage.id)).toEqual([
      expect.stringMatching(/^custody-md-[0-9a-f]{8}-p1-1$/),
      dronePassage?.id,
    ]);
    // The same file again: its earlier passages are replaced, and the result says so.
    expect(again.success && again.data.replaced).toEqual([
      { file: 'drone-policy.pdf', passages: 2, sameFile: true },
    ]);
    expect(JSON.parse(await readFile(ingestedStorePath(dataDirectory), 'utf8'))).toHaveLength(2);

    const builtIn = loadBuiltInKnowledgeBase();
    const ingested = await loadIngestedKnowledgeBase(dataDirectory, builtIn.passages.length);
    if (!ingested.success || !ingested.data) throw new Error('expected ingested passages');
    const combined = [builtIn, ingested.data];
    const hits = searchPassages(combined, 'quadcopter tasking order');
    expect(hits.success && hits.data[0]).toMatchObject({ id: dronePassage?.id, resource: 'ingested' });
    const only = searchPassages(combined, 'cameras', { resource: 'ingested' });
    expect(only.success && only.data.every((hit) => hit.resource === 'ingested')).toBe(true);

    const answer = await answerQuestion('Who signs the quadcopter tasking order?', {
      knowledgeBase: combined,
    });
    expect(answer.citations[0]).toMatchObject({
      id: dronePassage?.id,
      source: { file: 'drone-policy.pdf', page: 1 },
    });
  });

  it('warns when a file replaces the passages of another file with the same name', async () => {
    const dataDirectory = join(directory, 'data-replaced');
    await mkdir(join(directory, 'east'), { recursive: true });
    await mkdir(join(directory, 'west'), { recursive: true });
    await writeFile(join(directory, 'east', 'radio.md'), 'Radio logs are kept for a year. '.repeat(20));
    await writeFile(join(directory, 'west', 'radio.md'), 'Radio logs are kept for a month. '.repeat(20));
    const east = await ingestFiles([join(directory, 'east', 'radio.md')]);
    const west = await ingestFiles([join(directory, 'west', 'radio.md')]);
    if (!east.success || !west.success) throw new Error('both files should ingest');
    expect(east.data[0]?.id).not.toBe(west.data[0]?.id);
    await addIngestedPassages(dataDirectory, east.data);
    const replaced = await addIngestedPassages(dataDirectory, west.data);
    expect(replaced.success && replaced.data.replaced).toEqual([
      { file: 'radio.md', passages: east.data.length, sameFile: false },
    ]);
    expect(replaced.success && replaced.data.stored.map((passage) => passage.id)).toEqual(
      west.data.map((passage) => passage.id),
    );
  });

  it('has no ingested knowledge base before anything is ingested', async () => {
    const result = await loadIngestedKnowledgeBase(join(directory, 'nothing-here'));
    expect(result).toEqual({ success: true, data: undefined });
  });
});
