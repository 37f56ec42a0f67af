import { isBuiltin } from 'node:module';
import { posix } from 'node:path';
import { listImports } from './list-imports.ts';

/** A source file by its path from the repository root (`src/machines/progress.ts`), with its text. */
export type SourceFile = { path: string; text: string };

/** A module a file imports: its specifier as written and, for a relative one, the path it names. */
export type ImportTarget = { specifier: string; resolved: string | null };

export type ImportRule = {
  /** The rule as CONTRIBUTING.md states it. */
  rule: string;
  /** Whether the rule constrains the file at this path. */
  appliesTo: (path: string) => boolean;
  /** Whether importing the target breaks the rule. */
  forbids: (target: ImportTarget) => boolean;
};

export type ImportViolation = { file: string; line: number; specifier: string; rule: string };

const sharedError = 'src/app-error.ts';

/** A folder ends with `/` and takes in what lies below it (and an import of the folder itself). */
const within = (places: readonly string[]) => (path: string) =>
  places.some((place) => (place.endsWith('/') ? `${path}/`.startsWith(place) : path === place));

/** A folder whose files may import only the given places of the tree (packages stay free). */
function importsOnly(rule: string, folder: string, allowed: readonly string[]): ImportRule {
  const isAllowed = within([folder, ...allowed]);
  return {
    rule,
    appliesTo: within([folder]),
    forbids: ({ resolved }) => resolved !== null && !isAllowed(resolved),
  };
}

function neverImports(rule: string, folders: readonly string[], forbidden: readonly string[]): ImportRule {
  const isForbidden = within(forbidden);
  return {
    rule,
    appliesTo: within(folders),
    forbids: ({ resolved }) => resolved !== null && isForbidden(resolved),
  };
}

const isNodeModule = (specifier: string) => specifier.startsWith('node:') || isBuiltin(specifier);
const scanned = within(['src/', 'web/']);

/** The import rules of CONTRIBUTING.md, checked over every file in src/ and web/. */
export const importRules: readonly ImportRule[] = [
  importsOnly('scoring/ imports only questionnaires/ (and app-error.ts)', 'src/scoring/', [
    'src/questionnaires/',
    sharedError,
  ]),
  importsOnly(
    'questionnaires/ imports nothing of src/ but app-error.ts and knowledge/passage-schema.ts',
    'src/questionnaires/',
    [sharedError, 'src/knowledge/passage-schema.ts'],
  ),
  importsOnly('interpretation/ imports only questionnaires/ (and app-error.ts)', 'src/interpretation/', [
    'src/questionnaires/',
    sharedError,
  ]),
  importsOnly(
    'machines/ imports only questionnaires/, interpretation/ and scoring/ (and app-error.ts)',
    'src/machines/',
    ['src/questionnaires/', 'src/interpretation/', 'src/scoring/', sharedError],
  ),
  importsOnly('frameworks/ imports only questionnaires/ and scoring/ (and app-error.ts)', 'src/frameworks/', [
    'src/questionnaires/',
    'src/scoring/',
    sharedError,
  ]),
  neverImports(
    'knowledge/ never imports conversation/, machines/, server/, channels/ or runtime/',
    ['src/knowledge/'],
    ['src/conversation/', 'src/machines/', 'src/server/', 'src/channels/', 'src/runtime/'],
  ),
  importsOnly('register/ imports nothing of src/ but app-error.ts', 'src/register/', [sharedError]),
  neverImports(
    'agency/ never imports server/, channels/ or runtime/',
    ['src/agency/'],
    ['src/server/', 'src/channels/', 'src/runtime/'],
  ),
  neverImports(
    'conversation/ never imports server/, channels/ or runtime/',
    ['src/conversation/'],
    ['src/server/', 'src/channels/', 'src/runtime/'],
  ),
  neverImports(
    'channels/ never imports server/ or runtime/',
    ['src/channels/'],
    ['src/server/', 'src/runtime/'],
  ),
  neverImports(
    'server/ never imports channels/ or runtime/',
    ['src/server/'],
    ['src/channels/', 'src/runtime/'],
  ),
  {
    rule: 'only runtime/ imports runtime/: the composition roots pick concrete stores and runtimes',
    appliesTo: (path) => path.startsWith('src/') && !path.startsWith('src/runtime/'),
    forbids: ({ resolved }) => resolved !== null && within(['src/runtime/'])(resolved),
  },
  {
    rule: "node:* (and Node's built-in modules by any name) only in runtime/node/, scripts, benches and tests",
    appliesTo: (path) => scanned(path) && !path.startsWith('src/runtime/node/'),
    forbids: ({ specifier }) => isNodeModule(specifier),
  },
  {
    rule: 'cloudflare:* only in runtime/workers/',
    appliesTo: (path) => scanned(path) && !path.startsWith('src/runtime/workers/'),
    forbids: ({ specifier }) => specifier.startsWith('cloudflare:'),
  },
  neverImports('web/ imports nothing from src/', ['web/'], ['src/']),
];

/** The path a relative specifier names from `file`; null for a package or a `node:` module. */
export function resolveSpecifier(file: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

/** Every import of the files that breaks a rule, once per rule it breaks. */
export function findImportViolations(
  files: readonly SourceFile[],
  rules: readonly ImportRule[] = importRules,
): ImportViolation[] {
  return files.flatMap((file) => {
    const applicable = rules.filter((rule) => rule.appliesTo(file.path));
    if (applicable.length === 0) return [];
    return listImports(file.path, file.text).flatMap(({ specifier, line }) => {
      const target = { specifier, resolved: resolveSpecifier(file.path, specifier) };
      return applicable
        .filter((rule) => rule.forbids(target))
        .map((rule) => ({ file: file.path, line, specifier, rule: rule.rule }));
    });
  });
}

/** `src/machines/progress.ts:1 imports '../conversation/reply.ts', but machines/ imports only ...` */
export function describeViolation(violation: ImportViolation): string {
  return `${violation.file}:${violation.line} imports '${violation.specifier}', but ${violation.rule}`;
}
