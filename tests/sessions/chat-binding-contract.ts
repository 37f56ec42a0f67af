import { expect, it } from 'vitest';
import type { SessionStore } from '../../src/sessions/session-store.ts';

const at = '2026-01-10T09:00:00.000Z';

function newSession(id: string) {
  return { id, createdAt: at, updatedAt: at, owner: null, data: {} };
}

/** `SessionStore.bindChatSession`, run inside every store's contract suite. */
export function describeChatBindingContract(getStore: () => SessionStore): void {
  it('binds a chat key to the first session offered and keeps it; keys are independent', async () => {
    const store = getStore();
    expect(await store.bindChatSession('chat:k1', 'session-1')).toBe('session-1');
    expect(await store.bindChatSession('chat:k1', 'session-2')).toBe('session-1');
    expect(await store.bindChatSession('chat:k2', 'session-2')).toBe('session-2');
  });

  it('gives every one of many concurrent binds of one key the same session', async () => {
    const store = getStore();
    const candidates = Array.from({ length: 8 }, (_, index) => `session-${index}`);
    const bound = await Promise.all(candidates.map((id) => store.bindChatSession('chat:race', id)));
    expect(new Set(bound).size).toBe(1);
    expect(candidates).toContain(bound[0]);
  });

  it('forgets the bindings of a deleted session, and only those', async () => {
    const store = getStore();
    await store.create(newSession('session-1'));
    await store.create(newSession('session-2'));
    await store.bindChatSession('chat:k1', 'session-1');
    await store.bindChatSession('chat:k2', 'session-2');
    expect(await store.delete('session-1')).toBe(true);
    expect(await store.bindChatSession('chat:k1', 'session-3')).toBe('session-3');
    expect(await store.bindChatSession('chat:k2', 'session-3')).toBe('session-2');
  });
}
