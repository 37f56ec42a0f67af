import { describe, expect, it, vi } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { computeVisibleQuestions } from '../../src/questionnaires/compute-visible-questions.ts';
import { createQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';
import { newSession, send } from './assistant-fixture.ts';

// Every way of asking which questions are shown ends in this one pass: the spy counts the passes.
vi.mock(import('../../src/questionnaires/compute-visible-questions.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, computeVisibleQuestions: vi.fn(original.computeVisibleQuestions) };
});

const passes = vi.mocked(computeVisibleQuestions);
const knowledgeBase = loadBuiltInKnowledgeBase();
const questionnaires = createQuestionnaireRegistry([pilotQuestionnaire]);
const assistantOn = (store: SessionStore) => createAssistant({ store, questionnaires, knowledgeBase });

/** The number of visibility passes the turn made. */
async function passesIn(turn: () => Promise<unknown>): Promise<number> {
  passes.mockClear();
  await turn();
  return passes.mock.calls.length;
}

describe('handleTurn', () => {
  it('works out the visible questions once for a turn that changes what is shown', async () => {
    const assistant = assistantOn(createMemorySessionStore());
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:pilot' });
    await send(assistant, sessionId, { action: 'begin' });
    // Conditions read this answer: the guards, the move on, progress and the reply share one pass.
    expect(await passesIn(() => send(assistant, sessionId, { action: 'answer:uses-biometrics:no' }))).toBe(1);
  });

  it('works out nothing again for a turn that changes no answer', async () => {
    const assistant = assistantOn(createMemorySessionStore());
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:pilot' });
    await send(assistant, sessionId, { action: 'begin' });
    await send(assistant, sessionId, { action: 'answer:uses-biometrics:no' });
    expect(await passesIn(() => send(assistant, sessionId, { action: 'nav:back' }))).toBe(0);
    expect(await passesIn(() => send(assistant, sessionId, { action: 'review' }))).toBe(0);
  });

  it('shares the list when the answer given is read by no condition', async () => {
    const assistant = assistantOn(createMemorySessionStore());
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:pilot' });
    await send(assistant, sessionId, { action: 'begin' });
    await send(assistant, sessionId, { action: 'answer:uses-biometrics:no' });
    await send(assistant, sessionId, { action: 'nav:skip' });
    const reply = await send(assistant, sessionId, { action: 'answer:autonomy:2' });
    expect(reply.question?.id).toBe('maturity-level');
    expect(await passesIn(() => send(assistant, sessionId, { action: 'answer:maturity-level:1' }))).toBe(0);
  });

  it('works out each set of answers once when another process saved the session last', async () => {
    const store = createMemorySessionStore();
    const first = assistantOn(store);
    const sessionId = await newSession(first);
    await send(first, sessionId, { action: 'start:pilot' });
    await send(first, sessionId, { action: 'begin' });
    // A second process holds nothing of this session: the answers as loaded, then as changed.
    const second = assistantOn(store);
    expect(await passesIn(() => send(second, sessionId, { action: 'answer:uses-biometrics:yes' }))).toBe(2);
  });
});
