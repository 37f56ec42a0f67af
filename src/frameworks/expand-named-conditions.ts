import type { z } from 'zod';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import { namedConditionsSchema, type PackFileCondition } from './named-condition-schema.ts';

type Path = Array<string | number>;

/**
 * The fields of a pack whose value is a condition. A `{ "use": ... }` is expanded there and inside
 * their `all`, `any` and `not`; anywhere else it is left for the pack schema to refuse.
 */
export const conditionFields: readonly string[] = [
  'showIf',
  'when',
  'metWhen',
  'missingWhen',
  'notMetWhen',
  'appliesWhen',
  'identifiedWhen',
];

export type ExpandNamedConditionsResult =
  | { success: true; data: unknown }
  | { success: false; problems: FrameworkPackProblem[] };

/**
 * A pack file with every `{ "use": "<name>" }` replaced by the named condition it refers to (named
 * conditions may use other named ones) and its `conditions` field removed, ready for the pack
 * schema. Refused, with every problem and its path: a malformed named condition, a reference to a
 * name the file does not define, a named condition that uses itself (the loop is named), and one
 * that nothing uses (a leftover an author would otherwise believe is in force).
 */
export function expandNamedConditions(json: unknown): ExpandNamedConditionsResult {
  if (!isRecord(json) || !Object.hasOwn(json, 'conditions')) return { success: true, data: json };
  const parsed = namedConditionsSchema.safeParse(json);
  if (!parsed.success) return { success: false, problems: parsed.error.issues.map(issueProblem) };
  const named = parsed.data.conditions ?? {};
  const expander = createExpander(named);
  const { conditions: _named, ...body } = json;
  const data = expander.walk(body, []);
  const reachable = new Set(expander.used);
  // Unused ones are expanded too, only to report their own problems.
  for (const name of Object.keys(named)) expander.resolve(name, ['conditions', name]);
  const unused = Object.keys(named)
    .filter((name) => !reachable.has(name))
    .map((name) => ({
      path: ['conditions', name],
      message: `named condition "${name}" is not used: no condition of the pack uses it, directly or through another named condition`,
    }));
  const problems = [...expander.problems, ...unused];
  return problems.length > 0 ? { success: false, problems } : { success: true, data };
}

function createExpander(named: Readonly<Record<string, PackFileCondition>>) {
  const problems: FrameworkPackProblem[] = [];
  const used = new Set<string>();
  const resolved = new Map<string, unknown>();
  const reportedLoops = new Set<string>();
  const stack: string[] = [];
  const names = Object.keys(named);

  const resolve = (name: string, path: Path): unknown => {
    if (resolved.has(name)) return resolved.get(name);
    if (stack.includes(name)) {
      const loop = [...stack.slice(stack.indexOf(name)), name];
      const key = [...new Set(loop)].sort().join(' ');
      if (!reportedLoops.has(key)) {
        reportedLoops.add(key);
        problems.push({
          path,
          message: `named condition "${name}" uses itself: ${loop.join(' -> ')}; a named condition may use others, but never in a loop`,
        });
      }
      return undefined;
    }
    stack.push(name);
    const expanded = expand(named[name], ['conditions', name]);
    stack.pop();
    resolved.set(name, expanded);
    return expanded;
  };

  const expand = (condition: unknown, path: Path): unknown => {
    if (!isRecord(condition)) return condition;
    if (Object.hasOwn(condition, 'use')) {
      const name = condition.use;
      if (typeof name !== 'string' || Object.keys(condition).length !== 1) {
        problems.push({
          path,
          message: 'a reference to a named condition is { "use": "<name>" } and nothing else',
        });
        return condition;
      }
      if (!Object.hasOwn(named, name)) {
        const defined = names.length === 0 ? 'it defines none' : `it defines ${names.join(', ')}`;
        problems.push({
          path: [...path, 'use'],
          message: `uses the named condition "${name}", which the pack's "conditions" do not define (${defined})`,
        });
        return condition;
      }
      used.add(name);
      const expanded = resolve(name, [...path, 'use']);
      return expanded === undefined ? condition : structuredClone(expanded);
    }
    const copy: Record<string, unknown> = { ...condition };
    for (const key of ['all', 'any'] as const) {
      const inner = condition[key];
      if (Array.isArray(inner)) copy[key] = inner.map((item, index) => expand(item, [...path, key, index]));
    }
    if (Object.hasOwn(condition, 'not')) copy.not = expand(condition.not, [...path, 'not']);
    return copy;
  };

  const walk = (value: unknown, path: Path): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (!isRecord(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        conditionFields.includes(key) ? expand(inner, [...path, key]) : walk(inner, [...path, key]),
      ]),
    );
  };

  return { walk, resolve, problems, used };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issueProblem(issue: z.core.$ZodIssue): FrameworkPackProblem {
  const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  // A union's own message ("Invalid input") does not say what a condition may be.
  const message =
    issue.code === 'invalid_union'
      ? 'not a condition: use { "question": ..., "equals" | "in" | "includes" | "atLeast" | "answered": ... }, { "all": [...] }, { "any": [...] }, { "not": ... } or { "use": "<name>" }'
      : issue.message;
  return { path, message };
}
