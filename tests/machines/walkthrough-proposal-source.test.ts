import { describe, expect, it } from 'vitest';
import { persistWalkthrough, restoreWalkthrough } from '../../src/machines/persist-walkthrough.ts';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { at, run, start } from './walkthrough-driver.ts';

const machine = createWalkthroughMachine(pilotQuestionnaire);
const asking = run(machine, [start]);
const confirmAt = '2026-01-01T09:05:00.000Z';

describe('proposals by source', () => {
  it('keeps who read the words and why, beside the proposed value', () => {
    const proposed = run(
      machine,
      [{ type: 'answer.propose', value: 'yes', at, source: 'reading', reason: 'it says “yes”' }],
      asking,
    );
    expect(proposed.context.pendingProposal).toEqual({
      questionId: 'uses-biometrics',
      value: 'yes',
      source: 'reading',
      reason: 'it says “yes”',
    });
    expect(proposed.context.answers).toEqual({});
  });

  it('records a confirmed reading of RAIA’s own as the person’s answer, and a model’s with its provenance', () => {
    const confirm = { type: 'proposal.confirm', at: confirmAt } as const;
    const reading = run(
      machine,
      [{ type: 'answer.propose', value: 'yes', at, source: 'reading' }, confirm],
      asking,
    );
    expect(reading.context.answers['uses-biometrics']).toEqual({ value: 'yes', answeredAt: confirmAt });
    const model = run(
      machine,
      [{ type: 'answer.propose', value: 'yes', at, source: 'model' }, confirm],
      asking,
    );
    expect(model.context.answers['uses-biometrics']?.proposedByModel).toBe(true);
  });

  it('restores a proposal saved before proposals had a source as a model’s', () => {
    const proposed = run(machine, [{ type: 'answer.propose', value: 'yes', at }], asking);
    const stored = persistWalkthrough(proposed);
    expect(stored.context.pendingProposal).toEqual({ questionId: 'uses-biometrics', value: 'yes' });
    const restored = restoreWalkthrough(machine, JSON.parse(JSON.stringify(stored)));
    if (!restored.success) throw new Error(restored.error.message);
    const confirmed = run(machine, [{ type: 'proposal.confirm', at: confirmAt }], restored.data);
    expect(confirmed.context.answers['uses-biometrics']?.proposedByModel).toBe(true);
  });
});
