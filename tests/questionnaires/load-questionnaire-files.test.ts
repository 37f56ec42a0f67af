import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import riskJson from '../../src/questionnaires/data/risk.v1.json' with { type: 'json' };
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { loadQuestionnaireFiles } from '../../src/runtime/node/load-questionnaire-files.ts';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'raia-questionnaires-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loadQuestionnaireFiles', () => {
  it('loads an agency file whose newer version becomes the registry default', async () => {
    await writeFile(
      join(directory, 'risk-official.json'),
      JSON.stringify({ ...riskJson, version: '4', title: 'Official risk' }),
    );
    await writeFile(join(directory, 'notes.txt'), 'ignored');
    const loaded = await loadQuestionnaireFiles(directory);
    if (!loaded.success) throw new Error(loaded.error);
    const registry = createDefaultQuestionnaireRegistry(loaded.data);
    expect(registry.latest('risk')?.title).toBe('Official risk');
    expect(registry.get('risk', '1')?.title).toBe('Risk assessment of an AI system');
  });

  it('reports every bad file by name', async () => {
    await writeFile(join(directory, 'a-broken.json'), '{ not json');
    await writeFile(
      join(directory, 'b-invalid.json'),
      JSON.stringify({ ...riskJson, version: '5', scales: [] }),
    );
    const loaded = await loadQuestionnaireFiles(directory);
    expect(loaded.success).toBe(false);
    if (loaded.success) return;
    expect(loaded.error).toContain('a-broken.json: not readable JSON');
    expect(loaded.error).toContain('b-invalid.json: ');
    expect(loaded.error).toContain('unknown scale "likelihood"');
  });

  it('reports a missing directory', async () => {
    const loaded = await loadQuestionnaireFiles(join(directory, 'missing'));
    expect(loaded).toEqual({
      success: false,
      error: expect.stringContaining('Cannot read the questionnaires directory'),
    });
  });
});
