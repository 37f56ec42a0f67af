import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/app-error.ts';
import euAiActJson from '../../../src/frameworks/data/eu-ai-act.v1.json' with { type: 'json' };
import { createDefaultFrameworkRegistry } from '../../../src/frameworks/framework-registry.ts';
import riskJson from '../../../src/questionnaires/data/risk.v1.json' with { type: 'json' };
import { loadQuestionnaire } from '../../../src/questionnaires/load-questionnaire.ts';
import { createDefaultQuestionnaireRegistry } from '../../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../../src/questionnaires/schema.ts';
import {
  loadAgencyFrameworkPacks,
  loadFrameworkPackFiles,
} from '../../../src/runtime/node/load-framework-pack-files.ts';

let directory: string;
const questionnaires = createDefaultQuestionnaireRegistry();

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'raia-framework-packs-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** The shipped EU pack as an agency would copy it, with the fields a test changes. */
function euPack(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(euAiActJson), ...changes };
}

async function writePack(fileName: string, json: unknown): Promise<void> {
  await writeFile(join(directory, fileName), JSON.stringify(json));
}

/** An agency's version 9 of the risk questionnaire, asking one question the built-in ones do not. */
function riskWithQuestion(questionId: string): Questionnaire {
  const firstSection = riskJson.sections[0];
  if (firstSection === undefined) throw new Error('the risk questionnaire has sections');
  const question = {
    id: questionId,
    prompt: 'Has the agency approved this system?',
    kind: 'yes-no',
    allowUnsure: true,
    help: 'Asked by this agency only.',
    principles: ['accountability'],
    explainedBy: [],
  };
  const json = {
    ...riskJson,
    version: '9',
    sections: [
      { ...firstSection, questions: [...firstSection.questions, question] },
      ...riskJson.sections.slice(1),
    ],
  };
  const loaded = loadQuestionnaire(json, { fileName: 'risk.v9.json' });
  if (!loaded.success) throw new Error(loaded.error);
  return loaded.data;
}

async function loadError(registry = questionnaires): Promise<string> {
  const loaded = await loadFrameworkPackFiles(directory, registry);
  if (loaded.success) throw new Error('expected the folder to be refused');
  return loaded.error;
}

describe('loadFrameworkPackFiles', () => {
  it('loads an agency pack whose higher version becomes the registry default', async () => {
    await writePack('eu-ai-act.v5.json', euPack({ version: '5', title: 'EU AI Act (agency edition)' }));
    await writeFile(join(directory, 'notes.txt'), 'ignored');
    const loaded = await loadFrameworkPackFiles(directory, questionnaires);
    if (!loaded.success) throw new Error(loaded.error);
    const registry = createDefaultFrameworkRegistry(loaded.data);
    expect(registry.latest('eu-ai-act')?.title).toBe('EU AI Act (agency edition)');
    expect(registry.get('eu-ai-act', '1')?.title).toBe(euAiActJson.title);
  });

  it('reads the files in file-name order', async () => {
    await writePack('b.json', euPack({ id: 'pack-b' }));
    await writePack('a.json', euPack({ id: 'pack-a' }));
    const loaded = await loadFrameworkPackFiles(directory, questionnaires);
    if (!loaded.success) throw new Error(loaded.error);
    expect(loaded.data.map((pack) => pack.id)).toEqual(['pack-a', 'pack-b']);
  });

  // The agency's risk version 9 is built from version 1, so the pack's reading of version 3's
  // `system-owner` still needs version 3: every version of each questionnaire must be offered.
  it('checks a pack against every version of the built-in and agency questionnaires', async () => {
    const pack = euPack({ id: 'agency-pack' });
    const document = (pack.assessments as Array<{ kind: string; elements?: Array<{ from: string[] }> }>).find(
      (assessment) => assessment.kind === 'document',
    );
    document?.elements?.[0]?.from.push('agency-only-question');
    await writePack('agency-pack.json', pack);
    expect(await loadError()).toContain('agency-only-question');

    const loaded = await loadFrameworkPackFiles(
      directory,
      createDefaultQuestionnaireRegistry([riskWithQuestion('agency-only-question')]),
    );
    if (!loaded.success) throw new Error(loaded.error);
    expect(loaded.data.map((loadedPack) => loadedPack.id)).toEqual(['agency-pack']);
  });

  it('reports a folder that does not exist', async () => {
    const missing = join(directory, 'missing');
    const loaded = await loadFrameworkPackFiles(missing, questionnaires);
    expect(loaded).toEqual({
      success: false,
      error: `Cannot read the framework packs folder ${missing} (RAIA_FRAMEWORK_PACKS_DIR): it does not exist`,
    });
  });

  it('reports a file that cannot be read', async () => {
    await mkdir(join(directory, 'folder.json'));
    expect(await loadError()).toBe('folder.json: cannot be read (it is a folder, not a file)');
  });

  it('reports a file that is not JSON', async () => {
    await writeFile(join(directory, 'broken.json'), '{ not json');
    expect(await loadError()).toMatch(/^broken\.json: not readable JSON \(.+\)$/);
  });

  it('reports a schema problem with the file and the field', async () => {
    await writePack('misspelt.json', euPack({ version: '5', titel: 'Misspelt' }));
    const error = await loadError();
    expect(error).toMatch(/^misspelt\.json: not a valid framework pack\n/);
    expect(error).toContain('titel');
  });

  it('reports a cross-reference problem with the file and the field', async () => {
    const pack = euPack({ version: '5' });
    const rules = (pack.assessments as Array<{ rules?: Array<{ outcome: string }> }>)[0]?.rules;
    if (rules?.[0] === undefined) throw new Error('the EU pack starts with a screening');
    rules[0].outcome = 'banned';
    await writePack('bad-outcome.json', pack);
    const error = await loadError();
    expect(error).toMatch(/^bad-outcome\.json: 1 problem in framework pack "eu-ai-act" version 5\n/);
    expect(error).toContain('bad-outcome.json: assessments[0].rules[0].outcome');
    expect(error).toContain('banned');
  });

  it('refuses a pack with the id and version of a built-in pack, naming the file', async () => {
    await writePack('eu-copy.json', euPack({ version: '1.0' }));
    expect(await loadError()).toBe(
      'eu-copy.json: framework pack "eu-ai-act" version 1.0 is already built into RAIA; to replace it, give this file a higher version.',
    );
  });

  it('refuses two files with the same id and version, naming both', async () => {
    await writePack('a-first.json', euPack({ version: '5' }));
    await writePack('b-second.json', euPack({ version: '5' }));
    expect(await loadError()).toBe(
      'b-second.json: framework pack "eu-ai-act" version 5 is also defined in a-first.json; give the newer pack a higher version.',
    );
  });

  it('reports every bad file, not only the first', async () => {
    await writeFile(join(directory, 'a-broken.json'), '{ not json');
    await writePack('b-valid.json', euPack({ version: '5' }));
    await writePack('c-misspelt.json', euPack({ version: '6', titel: 'Misspelt' }));
    const error = await loadError();
    expect(error.split('\n\n').map((part) => part.split(':')[0])).toEqual([
      'a-broken.json',
      'c-misspelt.json',
    ]);
  });
});

describe('loadAgencyFrameworkPacks', () => {
  it('adds no pack when no folder is configured', async () => {
    expect(await loadAgencyFrameworkPacks(undefined, questionnaires)).toEqual({ success: true, data: [] });
  });

  it('returns the packs of the folder', async () => {
    await writePack('eu-ai-act.v5.json', euPack({ version: '5' }));
    const loaded = await loadAgencyFrameworkPacks(directory, questionnaires);
    if (!loaded.success) throw loaded.error;
    expect(createDefaultFrameworkRegistry(loaded.data).latest('eu-ai-act')?.version).toBe('5');
  });

  it('turns the problems into an error that names each file', async () => {
    await writeFile(join(directory, 'broken.json'), '{ not json');
    const loaded = await loadAgencyFrameworkPacks(directory, questionnaires);
    expect(loaded.success).toBe(false);
    if (loaded.success) return;
    expect(loaded.error).toBeInstanceOf(AppError);
    expect(loaded.error.message).toMatch(/^broken\.json: not readable JSON/);
  });
});
