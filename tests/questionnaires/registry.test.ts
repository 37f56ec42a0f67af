import { describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { compareVersions } from '../../src/questionnaires/compare-versions.ts';
import {
  createDefaultQuestionnaireRegistry,
  createQuestionnaireRegistry,
} from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';

function agencyVersion(version: string, title: string): Questionnaire {
  const readiness = builtInQuestionnaires().find((definition) => definition.id === 'readiness');
  if (readiness === undefined) throw new Error('no built-in readiness');
  return { ...readiness, version, title, source: 'Official wording supplied by the agency.' };
}

describe('compareVersions', () => {
  it('orders versions numerically and treats missing parts as zero', () => {
    expect(compareVersions('1', '1.0.0')).toBe(0);
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('2', '1.99.99')).toBe(1);
    expect(compareVersions('1.0.1', '1.1')).toBe(-1);
  });
});

describe('createQuestionnaireRegistry', () => {
  it('serves the built-ins by id and version', () => {
    const registry = createDefaultQuestionnaireRegistry();
    expect(registry.latest('readiness')?.version).toBe('1');
    expect(registry.get('risk', '1')?.scoring.kind).toBe('risk');
    expect(registry.get('risk', '1.0')?.id).toBe('risk');
    expect(registry.latest('risk')?.version).toBe('3');
    expect(registry.get('risk', '4')).toBeUndefined();
    expect(registry.latest('unknown')).toBeUndefined();
  });

  it("makes an agency's newer version the default while the old one stays resolvable", () => {
    const registry = createDefaultQuestionnaireRegistry([agencyVersion('1.1', 'Agency readiness')]);
    expect(registry.latest('readiness')?.title).toBe('Agency readiness');
    expect(registry.get('readiness', '1')?.title).toBe('Organizational readiness for responsible AI');
    expect(registry.list().filter((summary) => summary.id === 'readiness')).toEqual([
      expect.objectContaining({
        version: '1.1',
        isLatest: true,
        source: 'Official wording supplied by the agency.',
      }),
      expect.objectContaining({ version: '1', isLatest: false }),
    ]);
  });

  it('does not depend on the order definitions are added in', () => {
    const newer = agencyVersion('2', 'Second');
    const older = agencyVersion('1.5', 'One and a half');
    for (const order of [
      [newer, older],
      [older, newer],
    ]) {
      expect(createQuestionnaireRegistry(order).latest('readiness')?.version).toBe('2');
    }
  });

  it('refuses a second definition with the same id and version', () => {
    expect(() => createDefaultQuestionnaireRegistry([agencyVersion('1.0', 'Clash')])).toThrow(
      'Questionnaire "readiness" version 1.0 is defined twice',
    );
  });
});
