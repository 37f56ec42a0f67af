import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  describeViolation,
  findImportViolations,
  type ImportViolation,
  importRules,
  resolveSpecifier,
  type SourceFile,
} from './import-rules.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceFile = /\.(ts|tsx|mts|cts|js|mjs)$/;

/** Every source file of src/ and web/src/ as it stands in the working tree. */
function readTree(): SourceFile[] {
  return ['src', 'web/src'].flatMap((folder) =>
    readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((name) => sourceFile.test(name))
      .map((name) => {
        const path = `${folder}/${name.split('\\').join('/')}`;
        return { path, text: readFileSync(`${root}${path}`, 'utf8') };
      }),
  );
}

const ruleOf = (start: string) => {
  const found = importRules.find((rule) => rule.rule.startsWith(start));
  if (found === undefined) throw new Error(`no import rule starts with "${start}"`);
  return found.rule;
};

/** One import that breaks each rule: the checker must name the file, the import and the rule. */
const breaking: Array<[rule: string, path: string, text: string, specifier: string]> = [
  [
    'scoring/',
    'src/scoring/score-risk.ts',
    "import { model } from '../llm/language-model.ts';",
    '../llm/language-model.ts',
  ],
  [
    'questionnaires/',
    'src/questionnaires/schema.ts',
    "import { searchPassages } from '../knowledge/search-passages.ts';",
    '../knowledge/search-passages.ts',
  ],
  [
    'interpretation/',
    'src/interpretation/read-yes-no.ts',
    "import type { Reply } from '../conversation/reply.ts';",
    '../conversation/reply.ts',
  ],
  [
    'machines/',
    'src/machines/progress.ts',
    "import type { Progress } from '../conversation/reply.ts';",
    '../conversation/reply.ts',
  ],
  [
    'register/',
    'src/register/roles.ts',
    "import type { Assistant } from '../conversation/assistant.ts';",
    '../conversation/assistant.ts',
  ],
  [
    'agency/',
    'src/agency/agency-caller.ts',
    "import { AccessVariables } from '../server/access/principal.ts';",
    '../server/access/principal.ts',
  ],
  [
    'frameworks/',
    'src/frameworks/evaluate-pack.ts',
    "import { describeAnswer } from '../conversation/describe-answer.ts';",
    '../conversation/describe-answer.ts',
  ],
  [
    'knowledge/',
    'src/knowledge/grounded-answer.ts',
    "import { citationSchema } from '../conversation/reply.ts';",
    '../conversation/reply.ts',
  ],
  [
    'conversation/',
    'src/conversation/create-knowledge-service.ts',
    "import type { KnowledgeService } from '../server/knowledge-service.ts';",
    '../server/knowledge-service.ts',
  ],
  [
    'channels/',
    'src/channels/slack/create-slack-routes.ts',
    "export { errorBody } from '../../server/error-body.ts';",
    '../../server/error-body.ts',
  ],
  [
    'server/',
    'src/server/create-app.ts',
    "const routes = await import('../channels/slack/create-slack-routes.ts');",
    '../channels/slack/create-slack-routes.ts',
  ],
  [
    'only runtime/',
    'src/sessions/session-store.ts',
    "import { createSqliteSessionStore } from '../runtime/node/sqlite-session-store.ts';",
    '../runtime/node/sqlite-session-store.ts',
  ],
  ['node:*', 'src/conversation/session-locks.ts', "import { randomUUID } from 'crypto';", 'crypto'],
  [
    'cloudflare:*',
    'src/server/logger.ts',
    "type Environment = typeof import('cloudflare:workers');",
    'cloudflare:workers',
  ],
  [
    'web/',
    'web/src/api-client.ts',
    "import type { Reply } from '../../src/conversation/reply.ts';",
    '../../src/conversation/reply.ts',
  ],
];

/** Imports each rule allows: the checker must not cry wolf. */
const allowed: SourceFile[] = [
  {
    path: 'src/scoring/score-risk.ts',
    text: "import { z } from 'zod';\nimport { AppError } from '../app-error.ts';\nimport type { Answers } from '../questionnaires/answers.ts';\nimport { trace } from './trace.ts';",
  },
  {
    path: 'src/questionnaires/schema.ts',
    text: "import { resourceIdSchema } from '../knowledge/passage-schema.ts';",
  },
  {
    path: 'src/interpretation/match-choice.ts',
    text: "import type { Question } from '../questionnaires/schema.ts';",
  },
  {
    path: 'src/machines/walkthrough-machine.ts',
    text: "import { interpretAnswer } from '../interpretation/interpret-answer.ts';\nimport { scoreRisk } from '../scoring/score-risk.ts';",
  },
  {
    path: 'src/frameworks/evaluate-pack.ts',
    text: "import { AppError } from '../app-error.ts';\nimport type { Answers } from '../questionnaires/answers.ts';\nimport type { RiskResult } from '../scoring/result-schema.ts';",
  },
  {
    path: 'src/conversation/reply.ts',
    text: "import { citationSchema } from '../knowledge/citation.ts';\n// import { createApp } from '../server/create-app.ts';\nconst text = \"import x from '../server/create-app.ts'\";",
  },
  {
    path: 'src/channels/slack/to-block-kit.ts',
    text: "import type { Reply } from '../../conversation/reply.ts';\nimport { AppError } from '../../app-error.ts';",
  },
  {
    path: 'src/server/create-app.ts',
    text: "import type { KnowledgeService } from '../knowledge/knowledge-service.ts';",
  },
  {
    path: 'src/runtime/node/main.ts',
    text: "import { readFileSync } from 'node:fs';\nimport { createSlackRoutes } from '../../channels/slack/create-slack-routes.ts';",
  },
  { path: 'src/runtime/workers/worker.ts', text: "import { DurableObject } from 'cloudflare:workers';" },
  {
    path: 'web/src/main.ts',
    text: "import { z } from 'zod';\nimport { renderMessage } from './render-message.ts';",
  },
];

describe('findImportViolations', () => {
  it('has a breaking example for every rule', () => {
    expect(new Set(breaking.map(([start]) => ruleOf(start)))).toEqual(
      new Set(importRules.map(({ rule }) => rule)),
    );
  });

  it.each(breaking)('fails an import that breaks "%s"', (start, path, text, specifier) => {
    expect(findImportViolations([{ path, text: `// header\n${text}\n` }])).toEqual<ImportViolation[]>([
      { file: path, line: 2, specifier, rule: ruleOf(start) },
    ]);
  });

  it('passes the imports the rules allow, and ignores import-like text in comments and strings', () => {
    expect(findImportViolations(allowed).map(describeViolation)).toEqual([]);
  });

  it('names the file, the line, the import and the rule broken', () => {
    const [violation] = findImportViolations([
      { path: 'src/machines/progress.ts', text: "import type { Progress } from '../conversation/reply.ts';" },
    ]);
    expect(violation && describeViolation(violation)).toBe(
      "src/machines/progress.ts:1 imports '../conversation/reply.ts', but machines/ imports only questionnaires/, interpretation/ and scoring/ (and app-error.ts)",
    );
  });

  it('resolves relative specifiers to paths from the repository root and leaves packages alone', () => {
    expect(resolveSpecifier('src/channels/slack/to-block-kit.ts', '../../conversation/reply.ts')).toBe(
      'src/conversation/reply.ts',
    );
    expect(resolveSpecifier('src/machines/progress.ts', './walkthrough-context.ts')).toBe(
      'src/machines/walkthrough-context.ts',
    );
    expect(resolveSpecifier('src/machines/progress.ts', 'xstate')).toBeNull();
    expect(resolveSpecifier('src/machines/progress.ts', 'node:fs')).toBeNull();
  });
});

describe('the import rules of CONTRIBUTING.md', () => {
  it('hold for every import in src/ and web/', () => {
    const files = readTree();
    expect(files.length).toBeGreaterThan(100);
    expect(findImportViolations(files).map(describeViolation)).toEqual([]);
  });
});
