import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A released definition is never edited in place: sessions answered against it, and the reports
 * filed from them, must read the same questions tomorrow. Each shipped file's SHA-256 is listed
 * here; a change to a listed file fails, and a new version is a new file with a new line.
 */
const released: Readonly<Record<string, string>> = {
  'readiness.v1.json': '97ce22beb08b36246d3a872a035c70bc9a8fb85048c913072cc1ee1b0ba55dc9',
  'risk.v1.json': 'bb193a603392523e597b52a8c2e6085ffc6302adbcc9f71c52d102aa1136ae30',
  'risk.v2.json': '4c66cd55631a800b7e12dc7cbe11c5531e710c4087d7a6c0169996999991edfb',
  'risk.v3.json': '21b35977022d5918ec5b3c627f006eb158a81521604602de5db4c675710f7f0c',
};

const dataDirectory = fileURLToPath(new URL('../../src/questionnaires/data/', import.meta.url));
const digest = (fileName: string) =>
  createHash('sha256')
    .update(readFileSync(`${dataDirectory}${fileName}`))
    .digest('hex');

describe('released questionnaire definitions', () => {
  it('lists every shipped definition file', () => {
    const shipped = readdirSync(dataDirectory).filter((name) => name.endsWith('.json'));
    expect(shipped.sort()).toEqual(Object.keys(released).sort());
  });

  it.each(Object.entries(released))('%s is unchanged since its release', (fileName, sha256) => {
    expect(digest(fileName), `${fileName} was edited: add a new version instead`).toBe(sha256);
  });
});
