import { describe, expect, it } from 'vitest';
import coeHuderiaV1Json from '../../src/frameworks/data/coe-huderia.v1.json' with { type: 'json' };
import euAiActV1Json from '../../src/frameworks/data/eu-ai-act.v1.json' with { type: 'json' };
import { conditionFields, expandNamedConditions } from '../../src/frameworks/expand-named-conditions.ts';
import { type FrameworkPack, frameworkPackSchema } from '../../src/frameworks/framework-pack-schema.ts';
import { loadFrameworkPack } from '../../src/frameworks/load-framework-pack.ts';
import { packConditions } from '../../src/frameworks/pack-conditions.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { fixturePack, fixturePackInput, profileQuestionnaire } from './fixture-packs.ts';

type Json = Record<string, unknown>;
const realTimeInPublic = {
  all: [
    { question: 'biometric', equals: 'yes' },
    { question: 'real-time', equals: 'yes' },
    { question: 'public-space', equals: 'yes' },
  ],
};

/** The fixture pack with its repeated real-time condition named once and used (through another name) twice. */
function fixtureWithNamedConditions(): Json {
  const input = structuredClone(fixturePackInput()) as unknown as {
    assessments: Array<{ rules?: Array<{ when: unknown }> }>;
  };
  const rules = input.assessments[0]?.rules ?? [];
  rules[0]!.when = { all: [{ use: 'real-time-in-public' }, { question: 'purpose', equals: 'other' }] };
  rules[1]!.when = {
    all: [{ use: 'real-time-in-public' }, { not: { not: { use: 'listed-purpose' } } }],
  };
  return {
    ...input,
    conditions: {
      'real-time-in-public': realTimeInPublic,
      'listed-purpose': { any: [{ use: 'listed-purpose-value' }] },
      'listed-purpose-value': { question: 'purpose', in: ['search-victims', 'imminent-threat', 'suspect'] },
    },
  };
}

function problemsOf(json: unknown) {
  const expanded = expandNamedConditions(json);
  if (expanded.success) throw new Error('expected problems');
  return expanded.problems.map(({ path, message }) => `${path.join('.')}: ${message}`);
}

const load = (json: unknown, questionnaires = [profileQuestionnaire()]) =>
  loadFrameworkPack(json, { fileName: 'agency-act.v2.json', questionnaires });

describe('expandNamedConditions', () => {
  it('replaces every use by its named condition, named ones using others, and drops `conditions`', () => {
    const loaded = load(fixtureWithNamedConditions());
    if (!loaded.success) throw new Error(loaded.error);
    const expected = fixturePack();
    const listed = expected.assessments[0];
    if (listed?.kind !== 'screening') throw new Error('fixture changed');
    listed.rules[1]!.when = {
      all: [
        realTimeInPublic,
        {
          not: {
            not: { any: [{ question: 'purpose', in: ['search-victims', 'imminent-threat', 'suspect'] }] },
          },
        },
      ],
    };
    listed.rules[0]!.when = { all: [realTimeInPublic, { question: 'purpose', equals: 'other' }] };
    expect(loaded.data).toEqual(expected);
    expect(loaded.data).not.toHaveProperty('conditions');
  });

  it('expands in every field that holds a condition: showIf, when, metWhen, missingWhen, notMetWhen, appliesWhen', () => {
    const input = fixturePackInput() as unknown as Json;
    const biometric = { question: 'biometric', equals: 'yes' };
    const json = structuredClone(input) as {
      sections: Array<{ questions: Array<Json> }>;
      assessments: Array<Json & { conditions?: Json[]; items?: Json[] }>;
    };
    json.sections[0]!.questions[0]!.showIf = { use: 'biometric' };
    json.assessments[0]!.conditions![0]!.missingWhen = { all: [{ use: 'biometric' }] };
    json.assessments[1]!.appliesWhen = { use: 'biometric' };
    json.assessments[1]!.items![0]!.metWhen = { any: [{ use: 'biometric' }] };
    json.assessments[2]!.appliesWhen = { not: { use: 'biometric' } };
    const expanded = expandNamedConditions({ ...json, conditions: { biometric } });
    if (!expanded.success) throw new Error(JSON.stringify(expanded.problems));
    const pack = frameworkPackSchema.parse(expanded.data);
    expect(pack.sections[0]?.questions[0]?.showIf).toEqual(biometric);
    expect(packConditions(pack).map(({ condition }) => condition)).not.toContainEqual(
      expect.objectContaining({ use: expect.anything() }),
    );
    expect(JSON.stringify(expanded.data)).not.toContain('"use"');
  });

  it('knows every field a condition can be in', () => {
    const packs: FrameworkPack[] = [
      fixturePack(),
      frameworkPackSchema.parse(euAiActV1Json),
      frameworkPackSchema.parse((expandNamedConditions(coeHuderiaV1Json) as { data: unknown }).data),
    ];
    for (const pack of packs)
      for (const { path } of packConditions(pack)) expect(conditionFields).toContain(path.at(-1));
  });

  it('refuses a use of a name the pack does not define, with its path', () => {
    const json = fixtureWithNamedConditions() as Json & { assessments: Array<{ rules: Array<Json> }> };
    json.assessments[0]!.rules[0]!.when = { all: [{ use: 'real-time-in-publik' }] };
    expect(problemsOf(json)).toContain(
      'assessments.0.rules.0.when.all.0.use: uses the named condition "real-time-in-publik", which the pack\'s "conditions" do not define (it defines real-time-in-public, listed-purpose, listed-purpose-value)',
    );
  });

  it('refuses named conditions that use each other in a loop, naming the loop once', () => {
    const json = fixtureWithNamedConditions() as Json & { conditions: Json };
    json.conditions['listed-purpose-value'] = { all: [{ use: 'listed-purpose' }] };
    expect(problemsOf(json)).toEqual([
      'conditions.listed-purpose-value.all.0.use: named condition "listed-purpose" uses itself: listed-purpose -> listed-purpose-value -> listed-purpose; a named condition may use others, but never in a loop',
    ]);
  });

  it('refuses a named condition nothing uses, even one only an unused one uses', () => {
    const json = fixtureWithNamedConditions() as Json & { conditions: Json };
    json.conditions.leftover = { use: 'also-left-over' };
    json.conditions['also-left-over'] = { question: 'biometric', equals: 'no' };
    expect(problemsOf(json)).toEqual([
      'conditions.leftover: named condition "leftover" is not used: no condition of the pack uses it, directly or through another named condition',
      'conditions.also-left-over: named condition "also-left-over" is not used: no condition of the pack uses it, directly or through another named condition',
    ]);
  });

  it('refuses a named condition that is not a condition, and a use with other fields, in words', () => {
    const json = fixtureWithNamedConditions() as Json & {
      conditions: Json;
      assessments: Array<{ rules: Array<Json> }>;
    };
    json.conditions['listed-purpose-value'] = { question: 'purpose', equal: 'suspect' };
    expect(problemsOf(json)).toEqual([
      'conditions.listed-purpose-value: not a condition: use { "question": ..., "equals" | "in" | "includes" | "atLeast" | "answered": ... }, { "all": [...] }, { "any": [...] }, { "not": ... } or { "use": "<name>" }',
    ]);
    const mixed = fixtureWithNamedConditions() as Json & { assessments: Array<{ rules: Array<Json> }> };
    mixed.assessments[0]!.rules[2]!.when = { use: 'listed-purpose', question: 'purpose' };
    expect(problemsOf(mixed)).toContain(
      'assessments.0.rules.2.when: a reference to a named condition is { "use": "<name>" } and nothing else',
    );
  });

  it('reports its problems through loadFrameworkPack with the file name and the paths', () => {
    const json = fixtureWithNamedConditions() as Json & { conditions: Json };
    json.conditions.leftover = { question: 'biometric', equals: 'no' };
    const loaded = load(json);
    expect(loaded).toEqual({
      success: false,
      error:
        'agency-act.v2.json: 1 problem in the named conditions of framework pack "fixture-act" version 1\n' +
        '- agency-act.v2.json: conditions.leftover: named condition "leftover" is not used: no condition of the pack uses it, directly or through another named condition',
    });
  });

  it('loads the released EU AI Act pack, which names no conditions, to the same pack as before', () => {
    const questionnaires = builtInQuestionnaires();
    const loaded = loadFrameworkPack(euAiActV1Json, { questionnaires });
    if (!loaded.success) throw new Error(loaded.error);
    expect(loaded.data).toEqual(frameworkPackSchema.parse(euAiActV1Json));
    expect(expandNamedConditions(euAiActV1Json)).toEqual({ success: true, data: euAiActV1Json });
  });

  it('loads the EU AI Act pack to the same pack when its most repeated condition is named once', () => {
    const fields = new Set(conditionFields);
    const counts = new Map<string, number>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null)
        for (const [key, inner] of Object.entries(value)) {
          if (fields.has(key))
            counts.set(JSON.stringify(inner), (counts.get(JSON.stringify(inner)) ?? 0) + 1);
          visit(inner);
        }
    };
    visit(euAiActV1Json);
    const [repeated, times] = [...counts].sort((left, right) => right[1] - left[1])[0] ?? ['', 0];
    expect(times).toBeGreaterThan(2);
    const named = JSON.parse(
      JSON.stringify(euAiActV1Json).split(repeated).join('{"use":"repeated"}'),
    ) as Json;
    const questionnaires = builtInQuestionnaires();
    const loaded = loadFrameworkPack(
      { ...named, conditions: { repeated: JSON.parse(repeated) } },
      { questionnaires },
    );
    const original = loadFrameworkPack(euAiActV1Json, { questionnaires });
    if (!loaded.success || !original.success) throw new Error('a pack did not load');
    expect(loaded.data).toEqual(original.data);
  });
});
