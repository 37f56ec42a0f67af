import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type AssessmentContent, assessmentContentHash } from '../../src/conversation/content-hash.ts';
import { scoreAssessment } from '../../src/conversation/score-assessment.ts';
import type { Answers } from '../../src/questionnaires/answers.ts';
import { builtIn } from '../reports/report-fixtures.ts';

const at = '2026-03-01T09:00:00.000Z';
const analyst = { id: 'user-7', name: 'Dana Analyst', channel: 'web' };

function content(): AssessmentContent {
  const definition = builtIn('readiness');
  const answers: Answers = {
    'ai-strategy': { value: 'yes', answeredAt: at, answeredBy: analyst },
    'strategy-covers-rights': { value: 3, answeredAt: at },
    'ethics-board': { value: 'no', answeredAt: at },
  };
  return {
    definitionId: definition.id,
    version: definition.version,
    answers,
    notes: { 'ethics-board': { text: 'Planned for 2027', kind: 'note', at, by: analyst } },
    result: scoreAssessment(definition, answers),
  };
}

function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  ) as T;
}

describe('assessmentContentHash', () => {
  it('is the SHA-256 hex of the RFC 8785 JSON of definition id, version, answers, notes and result', async () => {
    const tiny = {
      version: '1',
      definitionId: 'readiness',
      notes: {},
      answers: { 'ai-strategy': { value: 'yes', answeredAt: at } },
      result: content().result,
    };
    // JCS: keys sorted by code unit, no white space.
    const expectedText = `{"answers":{"ai-strategy":{"answeredAt":"${at}","value":"yes"}},"definitionId":"readiness","notes":{},"result":${canonicalResult(tiny.result)},"version":"1"}`;
    const hash = await assessmentContentHash(tiny);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(expectedText, 'utf8').digest('hex'));
  });

  it('is the same whatever order the keys come in', async () => {
    const original = content();
    expect(JSON.stringify(reversedKeys(original))).not.toBe(JSON.stringify(original));
    expect(await assessmentContentHash(reversedKeys(original))).toBe(await assessmentContentHash(original));
  });

  it('changes when any one answer, note or the version changes', async () => {
    const original = content();
    const hash = await assessmentContentHash(original);
    const variants: AssessmentContent[] = [
      {
        ...original,
        answers: { ...original.answers, 'ethics-board': { value: 'yes', answeredAt: at } },
      },
      { ...original, answers: { ...original.answers, 'ai-strategy': { value: 'yes', answeredAt: at } } },
      {
        ...original,
        notes: { 'ethics-board': { text: 'Planned for 2028', kind: 'note', at, by: analyst } },
      },
      { ...original, notes: {} },
      { ...original, version: '2' },
      { ...original, definitionId: 'risk' },
    ];
    const hashes = await Promise.all(variants.map(assessmentContentHash));
    for (const changed of hashes) expect(changed).not.toBe(hash);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it('hashes a decision only when there is one, so an assessment without one keeps its hash', async () => {
    const original = content();
    const hash = await assessmentContentHash(original);
    expect(await assessmentContentHash({ ...original, decision: undefined })).toBe(hash);
    const decision = { decision: 'rescope' as const, reasons: 'One district only', decidedBy: analyst, at };
    const decided = await assessmentContentHash({ ...original, decision });
    expect(decided).not.toBe(hash);
    const { definitionId, version, answers, notes, result } = original;
    const expectedText = canonicalResult({ answers, decision, definitionId, notes, result, version });
    expect(decided).toBe(createHash('sha256').update(expectedText, 'utf8').digest('hex'));
  });

  it('hashes the framework packs only when one applies, with their versions and results', async () => {
    const original = content();
    const hash = await assessmentContentHash(original);
    expect(await assessmentContentHash({ ...original, frameworks: [] })).toBe(hash);
    const packResult = { packId: 'eu-ai-act', version: '1', asOf: '2026-07-31', assessments: [] };
    const frameworks = [{ id: 'eu-ai-act', version: '1', appliedBy: 'asked' as const, result: packResult }];
    const withPack = await assessmentContentHash({ ...original, frameworks });
    expect(withPack).not.toBe(hash);
    const { definitionId, version, answers, notes, result } = original;
    const expectedText = canonicalResult({ answers, definitionId, frameworks, notes, result, version });
    expect(withPack).toBe(createHash('sha256').update(expectedText, 'utf8').digest('hex'));
    const otherVersion = [{ ...frameworks[0], version: '2' }] as typeof frameworks;
    expect(await assessmentContentHash({ ...original, frameworks: otherVersion })).not.toBe(withPack);
  });

  it('refuses text JSON cannot carry exactly (a lone surrogate) instead of hashing something else', async () => {
    const original = content();
    const broken = { ...original, notes: { x: { text: 'half an emoji \ud83d', kind: 'note' as const, at } } };
    await expect(assessmentContentHash(broken)).rejects.toThrow('Lone surrogate');
  });
});

/** JCS of the result, written out independently of the canonicalize package: sorted keys, recursively. */
function canonicalResult(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalResult).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalResult(item)}`).join(',')}}`;
}
