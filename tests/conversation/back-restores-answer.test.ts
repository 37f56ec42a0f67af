import { describe, expect, it } from 'vitest';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

describe('Back to an answered question', () => {
  it('gives the controls the current answer: every chosen option of a multiple question (boxes were empty)', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Face matcher pilot' });
    await send(assistant, sessionId, { action: 'answer:system-purpose:identification' });
    await send(assistant, sessionId, { action: 'answer:lifecycle-stage:deployment' });
    await send(assistant, sessionId, { action: 'answer:sourcing:procured' });
    await send(assistant, sessionId, { action: 'answer:data-types:biometric+images-video' });
    await send(assistant, sessionId, { action: 'answer:processes-biometric:yes' });
    await send(assistant, sessionId, { action: 'answer:affected-groups:suspects+victims' });

    const back = await send(assistant, sessionId, { action: 'nav:back' });
    expect(back.question?.id).toBe('affected-groups');
    expect(back.question?.currentAnswer).toEqual(['suspects', 'victims']);
    expect(back.messages.at(-1)?.text).toContain('Current answer: **Suspects');

    const single = await send(assistant, sessionId, { action: 'edit:sourcing' });
    expect(single.question?.currentAnswer).toBe('procured');
    const fresh = await send(assistant, sessionId, { action: 'nav:back' });
    expect(fresh.question?.id).toBe('lifecycle-stage');
    expect(fresh.question?.currentAnswer).toBe('deployment');
  });

  it('gives no current answer to a question not answered yet', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { action: 'start:risk' });
    expect(first.question?.currentAnswer).toBeNull();
  });
});
