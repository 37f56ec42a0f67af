import type { LanguageModel } from 'ai';
import { expect } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import { type AssistantDependencies, createAssistant } from '../../src/conversation/create-assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import type { SessionStore } from '../../src/sessions/session-store.ts';

/** A real assistant (real definitions, real knowledge base) over an in-memory store. */
export function createTestAssistant(
  options: {
    store?: SessionStore;
    model?: LanguageModel;
    onAudit?: AssistantDependencies['onAudit'];
    questionnaires?: AssistantDependencies['questionnaires'];
  } = {},
) {
  const store = options.store ?? createMemorySessionStore();
  let tick = 0;
  const assistant = createAssistant({
    store,
    questionnaires: options.questionnaires ?? createDefaultQuestionnaireRegistry(),
    knowledgeBase: loadBuiltInKnowledgeBase(),
    model: options.model,
    ...(options.onAudit === undefined ? {} : { onAudit: options.onAudit }),
    // Deterministic clock: one second per call.
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
  });
  return { assistant, store };
}

export async function newSession(assistant: Assistant): Promise<string> {
  const created = await assistant.createSession();
  if (!created.success) throw created.error;
  return created.data.sessionId;
}

export async function send(
  assistant: Assistant,
  sessionId: string,
  message: { text: string } | { action: string },
  extra: { messageId?: string } = {},
): Promise<Reply> {
  const result = await assistant.handleTurn({ sessionId, ...message, ...extra });
  if (!result.success) throw result.error;
  return result.data;
}

/** Answers every question with its first quick reply (or a typed value) until the review screen. */
export async function answerUntilReview(
  assistant: Assistant,
  sessionId: string,
  first: Reply,
): Promise<Reply> {
  let reply = first;
  for (let turn = 0; turn < 200 && reply.question !== null; turn += 1) {
    const question = reply.question;
    if (question.options.length > 0) {
      reply = await send(assistant, sessionId, {
        action: `answer:${question.id}:${question.options[0]?.value}`,
      });
    } else {
      reply = await send(assistant, sessionId, { text: question.kind === 'number' ? '3' : 'A test answer' });
    }
    expect(reply.messages.filter((message) => message.kind === 'error')).toEqual([]);
  }
  return reply;
}
