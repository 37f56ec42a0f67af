import { describe, expect, it, vi } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { compileQuestionnaire } from '../../src/questionnaires/compile-questionnaire.ts';
import { compiledQuestionnaire } from '../../src/questionnaires/compiled-questionnaire.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';

// Counts builds: the cache calls compileQuestionnaire across a module boundary, so this spy sees every one.
vi.mock(import('../../src/questionnaires/compile-questionnaire.ts'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, compileQuestionnaire: vi.fn(original.compileQuestionnaire) };
});

const registry = createDefaultQuestionnaireRegistry();

describe('compiledQuestionnaire', () => {
  it('builds each definition once, however many sessions and turns use it', async () => {
    const assistant = createAssistant({
      store: createMemorySessionStore(),
      questionnaires: registry,
      knowledgeBase: loadBuiltInKnowledgeBase(),
    });
    for (let session = 0; session < 2; session += 1) {
      const created = await assistant.createSession();
      if (!created.success) throw created.error;
      const { sessionId } = created.data;
      for (const questionnaire of ['readiness', 'risk']) {
        let reply = await turn(assistant, sessionId, { action: `start:${questionnaire}` });
        if (reply.quickReplies.some((quick) => quick.id === 'begin'))
          reply = await turn(assistant, sessionId, { action: 'begin' });
        for (let step = 0; step < 4 && reply.question !== null; step += 1) {
          const first = reply.question.options[0]?.value;
          reply =
            first === undefined
              ? await turn(assistant, sessionId, {
                  text: reply.question.kind === 'number' ? '3' : 'A system',
                })
              : await turn(assistant, sessionId, { action: `answer:${reply.question.id}:${first}` });
        }
        await turn(assistant, sessionId, { action: 'nav:back' });
      }
    }
    const builds = new Map<Questionnaire, number>();
    for (const [definition] of vi.mocked(compileQuestionnaire).mock.calls)
      builds.set(definition, (builds.get(definition) ?? 0) + 1);
    expect([...builds.keys()].map((definition) => `${definition.id} ${definition.version}`).sort()).toEqual(
      expect.arrayContaining([
        `readiness ${registry.latest('readiness')?.version}`,
        `risk ${registry.latest('risk')?.version}`,
      ]),
    );
    expect([...builds.values()].every((count) => count === 1)).toBe(true);
  });

  it('indexes every question as a scan of the definition finds it', () => {
    for (const definition of [
      ...registry.list().map((entry) => registry.get(entry.id, entry.version)),
      pilotQuestionnaire,
    ]) {
      if (definition === undefined) throw new Error('listed definition missing');
      const compiled = compiledQuestionnaire(definition);
      const scanned = definition.sections.flatMap((section) =>
        section.questions.map((question) => ({ question, section })),
      );
      expect(compiled.questions.map(({ question }) => question)).toEqual(
        scanned.map(({ question }) => question),
      );
      scanned.forEach(({ question, section }, index) => {
        expect(compiled.questionById.get(question.id)).toBe(question);
        expect(compiled.sectionByQuestion.get(question.id)).toBe(section);
        expect(compiled.order.get(question.id)).toBe(index);
      });
      expect(compiled.questionById.get('constructor')).toBeUndefined();
    }
  });

  it('freezes the definition it compiled, so what was compiled from it cannot go stale', () => {
    const definition = structuredClone(pilotQuestionnaire);
    compiledQuestionnaire(definition);
    expect(Object.isFrozen(definition.sections[0]?.questions[0])).toBe(true);
    expect(() => {
      (definition.sections[0] as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
  });
});

async function turn(
  assistant: ReturnType<typeof createAssistant>,
  sessionId: string,
  message: { text: string } | { action: string },
) {
  const result = await assistant.handleTurn({ sessionId, ...message });
  if (!result.success) throw result.error;
  return result.data;
}
