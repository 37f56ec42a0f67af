import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../src/config.ts';
import type { Assistant } from '../../src/conversation/assistant.ts';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { createKnowledgeService } from '../../src/knowledge/create-knowledge-service.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createApp } from '../../src/server/create-app.ts';
import { silentLogger } from '../../src/server/logger.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';
import { postJson } from './create-test-app.ts';

function createDeferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

const viewSchema = z.object({
  transcript: z.array(z.object({ role: z.enum(['user', 'assistant']), text: z.string().optional() })),
});

describe('POST /api/sessions/:id/messages under concurrency', () => {
  it('applies concurrent turns for one session one after the other, losing none', async () => {
    const turnCount = 12;
    const memory = createMemorySessionStore();
    const allInFlight = createDeferred();
    // The first save waits until every request has reached the assistant: the turns truly overlap.
    const store: SessionStore = {
      ...memory,
      save: async (...parameters) => {
        await allInFlight.promise;
        return memory.save(...parameters);
      },
    };
    const real = createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry(),
      knowledgeBase: loadBuiltInKnowledgeBase(),
    });
    let arrived = 0;
    const assistant: Assistant = {
      ...real,
      handleTurn: (input) => {
        arrived += 1;
        if (arrived === turnCount) allInFlight.resolve();
        return real.handleTurn(input);
      },
    };
    const app = createApp({
      assistant,
      knowledge: createKnowledgeService(loadBuiltInKnowledgeBase()),
      config: configSchema.parse({}),
      logger: silentLogger,
    });

    const created = await app.request('/api/sessions', { method: 'POST' });
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    const texts = Array.from({ length: turnCount }, (_, index) => `concurrent message ${index + 1}`);
    const responses = await Promise.all(
      texts.map((text) => postJson(app, `/api/sessions/${sessionId}/messages`, { text })),
    );
    expect(responses.map((response) => response.status)).toEqual(texts.map(() => 200));

    const view = viewSchema.parse(await (await app.request(`/api/sessions/${sessionId}`)).json());
    const userTexts = view.transcript.flatMap((entry) => (entry.role === 'user' ? [entry.text] : []));
    expect([...userTexts].sort()).toEqual([...texts].sort());
    // Each turn is a user entry followed by its reply: no turn interleaved with another.
    const roles = view.transcript.map((entry) => entry.role);
    expect(roles).toEqual(['assistant', ...texts.flatMap(() => ['user', 'assistant'])]);
    expect((await memory.load(sessionId))?.revision).toBe(turnCount);
  });
});
