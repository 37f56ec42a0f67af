import { describe, expect, it } from 'vitest';
import { loadFrameworkPack } from '../../src/frameworks/load-framework-pack.ts';
import { fixturePack, fixturePackInput, profileQuestionnaire } from './fixture-packs.ts';

const questionnaires = [profileQuestionnaire()];

describe('loadFrameworkPack', () => {
  it('returns the parsed pack, defaults filled in', () => {
    const loaded = loadFrameworkPack(fixturePackInput(), { questionnaires });
    expect(loaded).toEqual({ success: true, data: fixturePack() });
    if (!loaded.success) return;
    const screening = loaded.data.assessments[0];
    expect(screening?.kind === 'screening' && screening.rules[0]?.requires).toEqual([]);
  });

  it('names the file and the field when the pack does not fit the schema', () => {
    const { asOf: _asOf, ...withoutDate } = fixturePackInput();
    const loaded = loadFrameworkPack(withoutDate, { fileName: 'agency-act.v2.json', questionnaires });
    expect(loaded.success).toBe(false);
    if (loaded.success) return;
    expect(loaded.error).toMatch(/^agency-act\.v2\.json: not a valid framework pack\n/);
    expect(loaded.error).toContain('asOf');
  });

  it('lists every cross-reference problem, each with the file and path', () => {
    const input = fixturePackInput();
    input.reads = ['risk'];
    const loaded = loadFrameworkPack(input, { fileName: 'agency-act.v2.json', questionnaires });
    expect(loaded.success).toBe(false);
    if (loaded.success) return;
    const [heading, ...lines] = loaded.error.split('\n');
    expect(heading).toMatch(/^agency-act\.v2\.json: \d+ problems in framework pack "fixture-act" version 1$/);
    expect(lines[0]).toBe('- agency-act.v2.json: reads[0]: reads questionnaire "risk", which is not known');
    // Without the profile, every condition on its questions names an unknown question.
    expect(lines.filter((line) => line.includes('unknown question "purpose"')).length).toBeGreaterThan(1);
  });

  it('says so when a pack that reads no questionnaire names a question it does not ask', () => {
    const loaded = loadFrameworkPack({ ...fixturePackInput(), reads: [] }, { questionnaires: [] });
    expect(loaded.success).toBe(false);
    if (loaded.success) return;
    expect(loaded.error).toContain(
      '(neither this pack nor a questionnaire it reads (it reads none) asks it)',
    );
  });
});
