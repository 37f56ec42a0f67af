import { generateText } from 'ai';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer-question.ts';
import type { KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { createLanguageModel, hardenLanguageModel } from '../../src/llm/language-model.ts';
import type { ModelLog } from '../../src/llm/model-log.ts';
import { loadFixtureKnowledgeBase } from '../knowledge/fixture-knowledge-base.ts';
import { type LoopbackFault, startFaultyModelServer } from '../security/loopback-model-servers.ts';
import { type LoopbackChatServer, startLoopbackChatServer } from './loopback-chat-server.ts';
import { failingModel, hangingModel } from './mock-language-model.ts';

type Entry = { level: 'warn' | 'error'; details: Record<string, unknown>; message: string };

function recordingLog(): ModelLog & { entries: Entry[] } {
  const entries: Entry[] = [];
  return {
    entries,
    warn: (details, message) => entries.push({ level: 'warn', details, message }),
    error: (details, message) => entries.push({ level: 'error', details, message }),
  };
}

/** Words of the person's that must never reach a log line. */
const userText = 'Our custody suite matcher flagged Jane Example twice';
const reasons = (log: { entries: Entry[] }) =>
  log.entries.map((entry) => entry.details.reason ?? entry.details.event);

let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  knowledgeBase = await loadFixtureKnowledgeBase();
});

describe('hardenLanguageModel with a log', () => {
  it('logs every failed call and the opening of the breaker, without the prompt', async () => {
    const log = recordingLog();
    const model = hardenLanguageModel(
      failingModel('provider exploded'),
      { RAIA_MODEL_BREAKER_FAILURES: 2 },
      log,
    );
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(generateText({ model, prompt: userText, maxRetries: 0 })).rejects.toThrow();

    expect(reasons(log)).toEqual(['other', 'other', 'model-circuit-opened', 'circuit-open']);
    expect(log.entries[2]).toMatchObject({
      level: 'error',
      details: { event: 'model-circuit-opened', consecutiveFailures: 2, cooldownMs: 30_000 },
    });
    expect(log.entries[0]).toMatchObject({
      level: 'warn',
      details: { event: 'model-call-failed', operation: 'generate', errorName: 'Error' },
    });
    expect(JSON.stringify(log.entries)).not.toContain('Jane Example');
    expect(JSON.stringify(log.entries)).not.toContain('provider exploded');
  });

  it('logs a call that outlives its time limit as a timeout', async () => {
    const log = recordingLog();
    const model = hardenLanguageModel(hangingModel(), { RAIA_MODEL_TIMEOUT_MS: 20 }, log);
    await expect(generateText({ model, prompt: userText, maxRetries: 0 })).rejects.toThrow();
    expect(log.entries).toMatchObject([
      { level: 'warn', details: { event: 'model-call-failed', reason: 'timeout' } },
    ]);
  });
});

describe('createLanguageModel with a log, against loopback servers', () => {
  let server: LoopbackChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('logs the HTTP status of each failed attempt and the breaker opening, never the question', async () => {
    server = await startLoopbackChatServer(() => ({ status: 503 }));
    const log = recordingLog();
    const model = createLanguageModel(
      {
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: server.baseURL,
        RAIA_MODEL: 'local-model',
        RAIA_MODEL_BREAKER_FAILURES: 2,
      },
      log,
    );
    if (model === undefined) throw new Error('expected a model');
    const answer = await answerQuestion('When is AI proportionate?', {
      knowledgeBase,
      model,
      timeoutMs: 5_000,
    });
    expect(answer).toMatchObject({ covered: true, method: 'extractive' });

    // One call and its one retry, both refused with 503; the second failure opens the breaker.
    expect(
      log.entries.map((entry) => [entry.details.event, entry.details.reason, entry.details.status]),
    ).toEqual([
      ['model-call-failed', 'http-status', 503],
      ['model-call-failed', 'http-status', 503],
      ['model-circuit-opened', undefined, undefined],
    ]);
    expect(JSON.stringify(log.entries)).not.toContain('proportionate');
  });

  it.each<[LoopbackFault, string]>([
    ['refused', 'network'],
    ['malformed', 'invalid-response'],
    ['garbage-json', 'invalid-response'],
  ])('logs a provider that is %s with the reason %s', async (fault, reason) => {
    const faulty = await startFaultyModelServer(fault);
    try {
      const log = recordingLog();
      const model = createLanguageModel(
        { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: faulty.baseURL, RAIA_MODEL: 'local-model' },
        log,
      );
      if (model === undefined) throw new Error('expected a model');
      const answer = await answerQuestion('What is proportionality?', {
        knowledgeBase,
        model,
        timeoutMs: 5_000,
      });
      expect(answer).toMatchObject({ covered: true, method: 'extractive' });
      expect(log.entries.length).toBeGreaterThan(0);
      for (const entry of log.entries)
        expect(entry.details).toMatchObject({ event: 'model-call-failed', reason });
      expect(JSON.stringify(log.entries)).not.toContain('proportionality');
    } finally {
      await faulty.close();
    }
  });
});
