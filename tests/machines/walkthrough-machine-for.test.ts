import { describe, expect, it, vi } from 'vitest';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { walkthroughMachineFor } from '../../src/machines/walkthrough-machine-for.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';

vi.mock(import('../../src/machines/walkthrough-machine.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, createWalkthroughMachine: vi.fn(original.createWalkthroughMachine) };
});

describe('walkthroughMachineFor', () => {
  it('generates one machine per definition and hands the same one out after', () => {
    const registry = createDefaultQuestionnaireRegistry();
    const risk = registry.latest('risk');
    if (risk === undefined) throw new Error('risk is built in');
    const first = walkthroughMachineFor(risk);
    expect(walkthroughMachineFor(risk)).toBe(first);
    expect(walkthroughMachineFor(pilotQuestionnaire)).not.toBe(first);
    expect(walkthroughMachineFor(pilotQuestionnaire)).toBe(walkthroughMachineFor(pilotQuestionnaire));
    expect(vi.mocked(createWalkthroughMachine).mock.calls.map(([definition]) => definition)).toEqual([
      risk,
      pilotQuestionnaire,
    ]);
  });

  it('keeps apart two definitions that share an id and version', () => {
    const other = { ...pilotQuestionnaire, title: 'Another pilot, same id and version' };
    expect(walkthroughMachineFor(other)).not.toBe(walkthroughMachineFor(pilotQuestionnaire));
  });
});
