import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * `npm audit` cannot run here (the registry answers 405), so the lock file is checked against the
 * lowest versions that carry the security fixes the team knows of. Every installed copy counts,
 * nested ones too. `floors` is per major line; a major without a floor is refused.
 */
type Rule = { required: boolean; floors: Record<number, string>; why: string };

const rules: Record<string, Rule> = {
  hono: { required: true, floors: { 4: '4.13.19' }, why: 'the 2025-2026 Hono advisories (security notes)' },
  dompurify: { required: true, floors: { 3: '3.4.0' }, why: 'mXSS and prototype-pollution fixes' },
  'better-sqlite3': { required: true, floors: { 12: '12.0.0' }, why: '13 crashes on Node 20' },
  jose: { required: true, floors: { 6: '6.0.0' }, why: 'JWE/JWT hardening (CVE-2024-28176 in 4.x)' },
  undici: { required: false, floors: { 6: '6.21.2', 7: '7.5.0' }, why: 'CVE-2025-22150, CVE-2025-47279' },
  esbuild: { required: false, floors: { 0: '0.25.0' }, why: 'dev server CORS (GHSA-67mh-4wv8-2f99)' },
  ws: { required: false, floors: { 8: '8.17.1' }, why: 'CVE-2024-37890 header DoS' },
  cookie: { required: false, floors: { 0: '0.7.0', 1: '1.0.0' }, why: 'CVE-2024-47764' },
  'path-to-regexp': {
    required: false,
    floors: { 0: '0.1.12', 6: '6.3.0', 8: '8.0.0' },
    why: 'ReDoS CVE-2024-45296',
  },
  nanoid: { required: false, floors: { 3: '3.3.8', 5: '5.0.9' }, why: 'CVE-2024-55565' },
  'pdfjs-dist': {
    required: false,
    floors: { 4: '4.2.67', 5: '5.0.0' },
    why: 'CVE-2024-4367 script execution',
  },
  'form-data': { required: false, floors: { 4: '4.0.4' }, why: 'CVE-2025-7783 predictable boundary' },
  semver: { required: false, floors: { 5: '5.7.2', 6: '6.3.1', 7: '7.5.2' }, why: 'CVE-2022-25883 ReDoS' },
};

const lockSchema = z.object({
  lockfileVersion: z.number().min(2),
  packages: z.record(z.string(), z.object({ version: z.string().optional() })),
});

const lock = lockSchema.parse(
  JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')),
);

function installed(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .flatMap(([, entry]) => (entry.version === undefined ? [] : [entry.version]));
}

/** -1, 0 or 1; a prerelease sorts before its release, as in semver. */
function compareVersions(left: string, right: string): number {
  const parse = (version: string) => {
    const [core = '', prerelease] = version.split('-', 2);
    return { parts: core.split('.').map(Number), prerelease };
  };
  const a = parse(left);
  const b = parse(right);
  for (let index = 0; index < 3; index += 1) {
    const difference = (a.parts[index] ?? 0) - (b.parts[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === undefined) return 1;
  return b.prerelease === undefined ? -1 : a.prerelease < b.prerelease ? -1 : 1;
}

describe('package-lock.json', () => {
  it('compares versions like semver', () => {
    expect(compareVersions('4.13.19', '4.13.2')).toBe(1);
    expect(compareVersions('3.4.0-rc.1', '3.4.0')).toBe(-1);
    expect(compareVersions('12.0.0', '12.0.0')).toBe(0);
  });

  it.each(Object.entries(rules))('has a patched %s everywhere it is installed', (name, rule) => {
    const versions = installed(name);
    if (rule.required) expect(versions, `${name} must be installed`).not.toEqual([]);
    for (const version of versions) {
      const floor = rule.floors[Number(version.split('.')[0])];
      expect(floor, `${name}@${version}: no floor for this major (${rule.why})`).toBeDefined();
      expect(
        compareVersions(version, floor ?? '0.0.0'),
        `${name}@${version} < ${floor}: ${rule.why}`,
      ).toBeGreaterThanOrEqual(0);
    }
  });
});
