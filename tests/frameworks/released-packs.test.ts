import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A released framework pack is never edited in place, like a questionnaire definition: outcomes and
 * reports filed from it must read the same rules tomorrow. Each shipped pack's SHA-256 is listed
 * here; a change to a listed file fails, and a new version is a new file with a new line.
 */
const released: Readonly<Record<string, string>> = {
  'eu-ai-act.v1.json': '8e299ee75be61e8a2db71ef7ea32d83f25e1ddf6dbf7b30a5d2ea6a2fbf6d31c',
  'eu-ai-act.v2.json': 'c05341c7b7341fc66d1bcb59c5e3d6c8052a24fd85ade68b93fceb6c9dae5ebb',
  'coe-huderia.v1.json': 'd259ca260c9664265893737a4d8f8a35dda364185327837ca11c0a699fbec455',
};

const dataDirectory = fileURLToPath(new URL('../../src/frameworks/data/', import.meta.url));
const digest = (fileName: string) =>
  createHash('sha256')
    .update(readFileSync(`${dataDirectory}${fileName}`))
    .digest('hex');

describe('released framework packs', () => {
  it('lists every shipped pack file', () => {
    const shipped = readdirSync(dataDirectory).filter((name) => name.endsWith('.json'));
    expect(shipped.sort()).toEqual(Object.keys(released).sort());
  });

  it.each(Object.entries(released))('%s is unchanged since its release', (fileName, sha256) => {
    expect(digest(fileName), `${fileName} was edited: add a new version instead`).toBe(sha256);
  });
});
