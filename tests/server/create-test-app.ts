import type { Hono } from 'hono';
import { z } from 'zod';
import { configSchema } from '../../src/config.ts';
import type { Assistant } from '../../src/conversation/assistant.ts';
import type { KnowledgeService } from '../../src/knowledge/knowledge-service.ts';
import { createApp } from '../../src/server/create-app.ts';
import type { Logger } from '../../src/server/logger.ts';
import { createFakeAssistant, createFakeKnowledge } from './fake-assistant.ts';

export interface LoggedEntry {
  level: 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message: string;
}

/** The real app over fakes, with a logger that records what it was told. */
export function createTestApp(
  options: { assistant?: Partial<Assistant>; knowledge?: Partial<KnowledgeService> } = {},
) {
  const fakeAssistant = createFakeAssistant(options.assistant);
  const fakeKnowledge = createFakeKnowledge(options.knowledge);
  const logged: LoggedEntry[] = [];
  const logger: Logger = {
    info: (details, message) => logged.push({ level: 'info', details, message }),
    warn: (details, message) => logged.push({ level: 'warn', details, message }),
    error: (details, message) => logged.push({ level: 'error', details, message }),
  };
  const app: Hono = createApp({
    assistant: fakeAssistant.assistant,
    knowledge: fakeKnowledge.knowledge,
    config: configSchema.parse({}),
    logger,
  });
  return { app, logged, ...fakeAssistant, searches: fakeKnowledge.searches };
}

export function postJson(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const errorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

/** The `{ error }` body of a failed response, checked against the one error shape. */
export async function readError(response: Response) {
  return errorResponseSchema.parse(await response.json()).error;
}
