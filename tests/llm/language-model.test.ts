import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer-question.ts';
import type { KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { modelUnavailableNotice } from '../../src/knowledge/grounded-answer.ts';
import { createLanguageModel } from '../../src/llm/language-model.ts';
import { loadFixtureKnowledgeBase } from '../knowledge/fixture-knowledge-base.ts';
import { type ChatReply, type LoopbackChatServer, startLoopbackChatServer } from './loopback-chat-server.ts';

/** The OpenAI-compatible server on loopback answers every request with `reply`. */
let reply: ChatReply = { content: '' };
let server: LoopbackChatServer;
let baseURL: string;
let knowledgeBase: KnowledgeBase;

beforeAll(async () => {
  knowledgeBase = await loadFixtureKnowledgeBase();
  server = await startLoopbackChatServer(() => reply);
  baseURL = server.baseURL;
});
afterAll(() => server.close());

describe('createLanguageModel', () => {
  it('returns no model without an API key', () => {
    expect(
      createLanguageModel({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: baseURL, RAIA_MODEL: 'local-model' }),
    ).toBeUndefined();
  });

  it('talks to an OpenAI-compatible server through /v1/chat/completions, sending the passages', async () => {
    reply = { content: 'Only when no less intrusive means would work [principles-proportionality].' };
    server.requests.length = 0;
    server.arrivals.length = 0;
    const model = createLanguageModel({
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: baseURL,
      RAIA_MODEL: 'local-model',
    });
    if (!model) throw new Error('expected a model');

    const answer = await answerQuestion('When is AI proportionate?', {
      knowledgeBase,
      model,
      timeoutMs: 5_000,
    });
    expect(answer).toMatchObject({
      covered: true,
      method: 'model',
      text: 'Only when no less intrusive means would work [1].',
    });
    expect(answer.citations.map((citation) => citation.id)).toEqual(['principles-proportionality']);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(server.arrivals[0]).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions',
      authorization: 'Bearer test-key',
    });
    expect(request?.model).toBe('local-model');
    const messages = JSON.stringify(request?.messages);
    expect(messages).toContain('<passage id=\\"principles-proportionality\\"');
    expect(messages).toContain('Proportionality weighs the expected benefit');
    expect(messages).toContain('When is AI proportionate?');
  });

  it('falls back to the extractive answer when the server keeps failing', async () => {
    reply = { status: 500 };
    const model = createLanguageModel({
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: baseURL,
      RAIA_MODEL: 'local-model',
    });
    if (!model) throw new Error('expected a model');
    const answer = await answerQuestion('When is AI proportionate?', {
      knowledgeBase,
      model,
      timeoutMs: 5_000,
    });
    expect(answer).toMatchObject({ covered: true, method: 'extractive', notice: modelUnavailableNotice });
  });
});
