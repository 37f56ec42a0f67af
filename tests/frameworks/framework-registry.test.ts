import { describe, expect, it } from 'vitest';
import { builtInFrameworkPacks, loadBuiltInPacks } from '../../src/frameworks/built-in-framework-packs.ts';
import type { FrameworkPack } from '../../src/frameworks/framework-pack-schema.ts';
import {
  createDefaultFrameworkRegistry,
  createFrameworkRegistry,
} from '../../src/frameworks/framework-registry.ts';
import { fixturePack, fixturePackInput, profileQuestionnaire } from './fixture-packs.ts';

function version(number: string, title = `Fixture act ${number}`): FrameworkPack {
  return { ...fixturePack(), version: number, title };
}

describe('createFrameworkRegistry', () => {
  it('serves the newest version by id and keeps the older ones for the sessions assessed with them', () => {
    const registry = createFrameworkRegistry([version('1'), version('1.10'), version('1.9')]);
    expect(registry.latest('fixture-act')?.version).toBe('1.10');
    expect(registry.get('fixture-act', '1')?.title).toBe('Fixture act 1');
    expect(registry.get('fixture-act', '1.0')?.title).toBe('Fixture act 1');
    expect(registry.get('fixture-act', '2')).toBeUndefined();
    expect(registry.latest('unknown')).toBeUndefined();
    expect(registry.list()).toEqual([
      {
        id: 'fixture-act',
        version: '1.10',
        title: 'Fixture act 1.10',
        jurisdiction: 'Testland',
        asOf: '2026-06-01',
        isLatest: true,
      },
      expect.objectContaining({ version: '1.9', isLatest: false }),
      expect.objectContaining({ version: '1', isLatest: false }),
    ]);
  });

  it('does not depend on the order packs are added in', () => {
    for (const order of [
      [version('2'), version('1.5')],
      [version('1.5'), version('2')],
    ]) {
      expect(createFrameworkRegistry(order).latest('fixture-act')?.version).toBe('2');
    }
  });

  it('refuses two packs with the same id and version', () => {
    expect(() => createFrameworkRegistry([version('1'), version('1.0', 'Replacement')])).toThrow(
      'Framework pack "fixture-act" version 1.0 is defined twice; give the newer pack a higher version.',
    );
  });

  it("lets an agency's higher version replace a built-in pack for new sessions only", () => {
    const builtIn = createDefaultFrameworkRegistry().latest('eu-ai-act');
    if (builtIn === undefined) throw new Error('no built-in pack');
    const agencyVersion = { ...builtIn, version: `${builtIn.version}.1`, title: 'Agency edition' };
    const registry = createDefaultFrameworkRegistry([agencyVersion]);
    expect(registry.latest(builtIn.id)?.title).toBe('Agency edition');
    expect(registry.get(builtIn.id, builtIn.version)).toBe(builtIn);
  });
});

describe('builtInFrameworkPacks', () => {
  it('loads every shipped pack against the built-in questionnaires, once', () => {
    const packs = builtInFrameworkPacks();
    expect(packs.map((pack) => `${pack.id} ${pack.version}`)).toContain('eu-ai-act 1');
    expect(builtInFrameworkPacks()).toBe(packs);
  });

  it('refuses to start with a shipped pack that fails its checks, listing its problems', () => {
    const broken = { ...fixturePackInput(), reads: ['profile', 'missing'] };
    expect(() =>
      loadBuiltInPacks([{ fileName: 'broken.v1.json', json: broken }], [profileQuestionnaire()]),
    ).toThrow(
      expect.objectContaining({
        message: 'A built-in framework pack is invalid.',
        cause: expect.stringContaining(
          'broken.v1.json: reads[1]: reads questionnaire "missing", which is not known',
        ),
      }),
    );
  });
});
