import { describe, expect, it } from 'vitest';
import {
  changeSystem,
  linkAssessment,
  recordIncident,
  registerSystem,
} from '../../src/register/register-operations.ts';
import { systemChangesSchema, systemInputSchema } from '../../src/register/system-input-schema.ts';
import { createEmptyRegister, type RegisterDocument } from '../../src/register/system-record-schema.ts';

const at = '2026-12-01T10:00:00.000Z';
const later = '2026-12-02T10:00:00.000Z';
const actor = { id: 'olivia', channel: 'api' };

function withSystem(): RegisterDocument {
  const made = registerSystem(
    createEmptyRegister(),
    { name: 'Face match', purpose: 'Suspect images', lifecycleStage: 'procurement' },
    { id: 's1', at, actor },
  );
  if (!made.success) throw made.error;
  return made.data.register;
}

describe('register operations', () => {
  it('registers a system with defaults and its first stage, audited without its text', () => {
    const made = registerSystem(
      createEmptyRegister(),
      { name: 'Face match', purpose: 'Private purpose words' },
      { id: 's1', at, actor },
    );
    if (!made.success) throw made.error;
    expect(made.data.value).toMatchObject({
      sourcing: 'in-house',
      lifecycleStage: 'decision',
      status: 'active',
      nextReviewDate: null,
    });
    expect(made.data.value.stageHistory).toEqual([{ stage: 'decision', at }]);
    expect(made.data.audit).toEqual([{ at, actor, systemId: 's1', event: 'system-registered' }]);
    expect(JSON.stringify(made.data.audit)).not.toContain('Private purpose words');
  });

  it('refuses a second system with the same name in any case', () => {
    const again = registerSystem(withSystem(), { name: '  face MATCH ' }, { id: 's2', at, actor });
    expect(again.success).toBe(false);
    if (!again.success) expect(again.error).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('keeps a stage change in the history and audits the fields changed, not their values', () => {
    const changed = changeSystem(
      withSystem(),
      's1',
      { lifecycleStage: 'deployment', owner: 'Unit B' },
      { at: later, actor },
    );
    if (!changed.success) throw changed.error;
    expect(changed.data.value.stageHistory.map((entry) => entry.stage)).toEqual([
      'procurement',
      'deployment',
    ]);
    expect(changed.data.audit.map((entry) => entry.event)).toEqual(['system-changed', 'stage-changed']);
    expect(changed.data.audit[0]?.fields?.sort()).toEqual(['lifecycleStage', 'owner']);
    expect(JSON.stringify(changed.data.audit)).not.toContain('Unit B');
  });

  it('changes nothing and audits nothing when the values are the same', () => {
    const register = withSystem();
    const same = changeSystem(register, 's1', { lifecycleStage: 'procurement' }, { at: later, actor });
    if (!same.success) throw same.error;
    expect(same.data.audit).toEqual([]);
    expect(same.data.register).toBe(register);
  });

  it('answers not-found for an unknown system', () => {
    const register = withSystem();
    const results = [
      changeSystem(register, 'nope', { owner: 'x' }, { at, actor }),
      recordIncident(register, 'nope', { id: 'i', at, recordedBy: null, summary: 'x' }),
      linkAssessment(register, 'nope', {
        sessionId: 'x',
        questionnaireId: 'risk',
        startedAt: at,
        startedBy: null,
        reassessmentOf: null,
        trigger: null,
      }),
    ];
    for (const result of results)
      expect(result).toMatchObject({ success: false, error: { code: 'not-found' } });
  });

  it('reads an emptied vendor field as no vendor', () => {
    expect(systemInputSchema.parse({ name: 'Face match', vendor: '' }).vendor).toBeNull();
    expect(systemChangesSchema.parse({ vendor: '  ' }).vendor).toBeNull();
  });
});
