import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.ts';
import { createApp } from '../../src/server/create-app.ts';
import { silentLogger } from '../../src/server/logger.ts';
import type { Readiness } from '../../src/server/routes/health.ts';
import { createFakeAssistant, createFakeKnowledge } from './fake-assistant.ts';

function appWith(readiness?: () => Readiness) {
  return createApp({
    assistant: createFakeAssistant().assistant,
    knowledge: createFakeKnowledge().knowledge,
    config: configSchema.parse({}),
    logger: silentLogger,
    ...(readiness === undefined ? {} : { readiness }),
  });
}

describe('GET /healthz', () => {
  it('is ok when no readiness check is given (Workers) and when the check says ready', async () => {
    for (const app of [appWith(), appWith(() => ({ ready: true }))]) {
      const response = await app.request('/healthz');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
  });

  it('answers 503 with the plain reason when answers cannot be saved, and asks again each time', async () => {
    let state: Readiness = {
      ready: false,
      reason: 'Answers cannot be saved: the disk holding the database is full.',
    };
    const app = appWith(() => state);
    const response = await app.request('/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      reason: 'Answers cannot be saved: the disk holding the database is full.',
    });
    state = { ready: true };
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
