import { AppError } from '../app-error.ts';
import { compareVersions } from '../questionnaires/compare-versions.ts';
import { builtInFrameworkPacks } from './built-in-framework-packs.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';

export type FrameworkPackSummary = {
  id: string;
  version: string;
  title: string;
  jurisdiction: string;
  asOf: string;
  /** The version new sessions start with. */
  isLatest: boolean;
};

export type FrameworkRegistry = {
  /** An exact version, for sessions evaluated against it (1 and 1.0 name the same version). */
  get(id: string, version: string): FrameworkPack | undefined;
  /** The highest version: the default for new sessions. */
  latest(id: string): FrameworkPack | undefined;
  /** Every pack, by id, newest version first (the same frozen list on every call). */
  list(): readonly FrameworkPackSummary[];
};

/**
 * Holds packs by id and version. Versions are never replaced: a session keeps the version of each
 * pack it was assessed with, so an agency replaces a pack by adding a higher version, and two packs
 * with the same id and version are refused.
 */
export function createFrameworkRegistry(packs: readonly FrameworkPack[]): FrameworkRegistry {
  const byId = new Map<string, FrameworkPack[]>();
  for (const pack of packs) {
    const versions = byId.get(pack.id) ?? [];
    if (versions.some((existing) => compareVersions(existing.version, pack.version) === 0)) {
      throw new AppError(
        'conflict',
        `Framework pack "${pack.id}" version ${pack.version} is defined twice; give the newer pack a higher version.`,
      );
    }
    versions.push(pack);
    versions.sort((left, right) => compareVersions(right.version, left.version));
    byId.set(pack.id, versions);
  }
  const summaries = Object.freeze(
    [...byId.keys()].sort().flatMap((id) =>
      (byId.get(id) ?? []).map((pack, index) =>
        Object.freeze({
          id: pack.id,
          version: pack.version,
          title: pack.title,
          jurisdiction: pack.jurisdiction,
          asOf: pack.asOf,
          isLatest: index === 0,
        }),
      ),
    ),
  );
  return {
    // Sessions store the version as the pack spells it, so an exact match is tried first.
    get: (id, version) => {
      const versions = byId.get(id);
      return (
        versions?.find((pack) => pack.version === version) ??
        versions?.find((pack) => compareVersions(pack.version, version) === 0)
      );
    },
    latest: (id) => byId.get(id)?.[0],
    list: () => summaries,
  };
}

/** The built-in packs plus those an agency added at start-up (loaded with loadFrameworkPack). */
export function createDefaultFrameworkRegistry(
  agencyPacks: readonly FrameworkPack[] = [],
): FrameworkRegistry {
  return createFrameworkRegistry([...builtInFrameworkPacks(), ...agencyPacks]);
}
