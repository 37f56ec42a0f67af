import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { ClaimDeliveryOptions, SessionStore } from '../../src/sessions/session-store.ts';

const minute = 60_000;
const timing = { leaseMs: 2 * minute, keepMs: 60 * minute };

function assistantAt(store: SessionStore) {
  const clock = { now: Date.parse('2026-03-01T12:00:00.000Z') };
  const assistant = createAssistant({
    store,
    questionnaires: createDefaultQuestionnaireRegistry(),
    knowledgeBase: loadBuiltInKnowledgeBase(),
    now: () => new Date(clock.now),
  });
  return { assistant, clock };
}

describe('createAssistant claimDelivery / completeDelivery', () => {
  it('claims with the injected clock: once, then in progress, completed, and free again after keepMs', async () => {
    const { assistant, clock } = assistantAt(createMemorySessionStore());
    expect(await assistant.claimDelivery('slack:event:Ev1', timing)).toEqual({
      success: true,
      data: { claimed: true },
    });
    clock.now += minute;
    expect(await assistant.claimDelivery('slack:event:Ev1', timing)).toEqual({
      success: true,
      data: { claimed: false, reason: 'in-progress' },
    });
    expect(await assistant.completeDelivery('slack:event:Ev1')).toEqual({ success: true, data: null });
    clock.now += 30 * minute;
    expect(await assistant.claimDelivery('slack:event:Ev1', timing)).toEqual({
      success: true,
      data: { claimed: false, reason: 'completed' },
    });
    clock.now += 31 * minute;
    expect(await assistant.claimDelivery('slack:event:Ev1', timing)).toEqual({
      success: true,
      data: { claimed: true },
    });
  });

  it('passes the time to the store as ISO 8601', async () => {
    const seen: ClaimDeliveryOptions[] = [];
    const memory = createMemorySessionStore();
    const { assistant } = assistantAt({
      ...memory,
      claimDelivery: (key, options) => {
        seen.push(options);
        return memory.claimDelivery(key, options);
      },
    });
    await assistant.claimDelivery('k', timing);
    expect(seen).toEqual([{ ...timing, at: '2026-03-01T12:00:00.000Z' }]);
  });

  it('returns a store failure as a store-unavailable result instead of throwing', async () => {
    const memory = createMemorySessionStore();
    const unavailable = new AppError('store-unavailable', 'Your answer was not saved. Please try again.');
    const { assistant } = assistantAt({
      ...memory,
      claimDelivery: async () => {
        throw unavailable;
      },
      completeDelivery: async () => {
        throw new Error('disk on fire');
      },
    });
    expect(await assistant.claimDelivery('k', timing)).toEqual({ success: false, error: unavailable });
    const completed = await assistant.completeDelivery('k');
    expect(completed.success).toBe(false);
    if (!completed.success) expect(completed.error.code).toBe('internal');
  });
});
