import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer-question.ts';
import type { KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { modelUnavailableNotice } from '../../src/knowledge/grounded-answer.ts';
import { createLanguageModel } from '../../src/llm/language-model.ts';
import { loadFixtureKnowledgeBase } from '../knowledge/fixture-knowledge-base.ts';

interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: { model?: string; messages?: { role: string; content: string }[] };
}

/** A minimal OpenAI-compatible server on loopback: answers POST /v1/chat/completions with `reply`. */
let reply: { status: number; content: string } = { status: 200, content: '' };
const requests: RecordedRequest[] = [];
let server: Server;
let baseURL: string;
let knowledgeBase: KnowledgeBase;

beforeAll(async () => {
  knowledgeBase = await loadFixtureKnowledgeBase();
  server = createServer(async (request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization,
      body: JSON.parse(await readBody(request)),
    });
    response.writeHead(reply.status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(reply.status === 200 ? completion(reply.content) : { error: { message: 'overloaded' } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

function completion(content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'local-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 },
  };
}

describe('createLanguageModel', () => {
  it('returns no model without an API key', () => {
    expect(
      createLanguageModel({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: baseURL, RAIA_MODEL: 'local-model' }),
    ).toBeUndefined();
  });

  it('talks to an OpenAI-compatible server through /v1/chat/completions, sending the passages', async () => {
    reply = {
      status: 200,
      content: 'Only when no less intrusive means would work [principles-proportionality].',
    };
    requests.length = 0;
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

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions',
      authorization: 'Bearer test-key',
    });
    expect(request?.body.model).toBe('local-model');
    const messages = JSON.stringify(request?.body.messages);
    expect(messages).toContain('<passage id=\\"principles-proportionality\\"');
    expect(messages).toContain('Proportionality weighs the expected benefit');
    expect(messages).toContain('When is AI proportionate?');
  });

  it('falls back to the extractive answer when the server keeps failing', async () => {
    reply = { status: 500, content: '' };
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
