import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createLanguageModel } from '../../src/llm/language-model.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { type LoopbackFault, startFaultyModelServer } from './loopback-model-servers.ts';

const onceNotice = 'the language model is unavailable right now';
const knowledgeBase = loadBuiltInKnowledgeBase();

async function send(assistant: Assistant, sessionId: string, input: { text: string } | { action: string }) {
  const result = await assistant.handleTurn({ sessionId, ...input });
  if (!result.success) throw result.error;
  return result.data;
}

const allText = (reply: Reply) => reply.messages.map((message) => message.text).join('\n');

describe('the real OpenAI provider pointed at a failing loopback server', () => {
  it.each<LoopbackFault>(['refused', 'silent', 'malformed', 'garbage-json'])(
    'keeps the conversation going on the deterministic path when the provider is %s, and says so once',
    async (fault) => {
      const server = await startFaultyModelServer(fault);
      try {
        const model = createLanguageModel({
          OPENAI_API_KEY: 'test-key',
          OPENAI_BASE_URL: server.baseURL,
          RAIA_MODEL: 'local-model',
          RAIA_MODEL_TIMEOUT_MS: 150,
          RAIA_MODEL_BREAKER_FAILURES: 3,
        });
        const assistant = createAssistant({
          store: createMemorySessionStore(),
          questionnaires: createDefaultQuestionnaireRegistry(),
          knowledgeBase,
          model,
          modelTimeoutMs: 150,
        });
        const created = await assistant.createSession();
        if (!created.success) throw created.error;
        const { sessionId } = created.data;
        await send(assistant, sessionId, { action: 'start:risk' });
        await send(assistant, sessionId, { text: 'Custody image matcher' });

        // Matches no option: RAIA asks the model, which fails; the question is asked again.
        const first = await send(assistant, sessionId, { text: 'mostly it hums away quietly' });
        expect(first.question?.id).toBe('system-purpose');
        expect(allText(first)).toContain(onceNotice);
        const second = await send(assistant, sessionId, { text: 'it does a lot, somehow' });
        expect(second.question?.id).toBe('system-purpose');
        expect(allText(second)).not.toContain(onceNotice);

        const asked = await send(assistant, sessionId, { text: 'What does proportionality mean?' });
        const answer = asked.messages.find((message) => message.kind === 'answer');
        expect(answer?.citations.length).toBeGreaterThan(0);
        // The passages' own words, cited: the extractive answer stands in for the model's.
        expect(answer?.text).toMatch(/^Proportionality.*\[1\]/);

        const option = second.question?.options[0]?.value;
        const next = await send(assistant, sessionId, { action: `answer:system-purpose:${option}` });
        expect(next.question?.id).not.toBe('system-purpose');
        expect(next.messages.filter((message) => message.kind === 'error')).toEqual([]);
      } finally {
        await server.close();
      }
    },
  );
});
