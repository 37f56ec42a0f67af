import { MockLanguageModelV3 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { createLanguageModel } from '../../src/llm/language-model.ts';
import {
  type ChatReply,
  type LoopbackChatServer,
  startLoopbackChatServer,
} from '../llm/loopback-chat-server.ts';
import { generatedText } from '../llm/mock-language-model.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const onceNotice = 'the language model is unavailable right now';
/** Matches no severity point by RAIA's own reading, so the model is asked. */
const severityWords = 'it would sting a bit for the folks involved';
/** Matches no system purpose by RAIA's own reading, so the model is asked. */
const purposeWords = 'mostly it hums away quietly';

const textOf = (reply: Reply) => reply.messages.map((message) => message.text).join('\n');

/** Answers by clicks (typing the names of text questions) until `target` is on screen. */
async function reach(assistant: Assistant, sessionId: string, target: string): Promise<Reply> {
  let reply = await send(assistant, sessionId, { action: 'start:risk' });
  for (let turn = 0; turn < 40 && reply.question !== null && reply.question.id !== target; turn += 1) {
    const question = reply.question;
    reply =
      question.options.length > 0
        ? await send(assistant, sessionId, { action: `answer:${question.id}:${question.options[0]?.value}` })
        : await send(assistant, sessionId, { text: 'Custody image matcher' });
  }
  expect(reply.question?.id).toBe(target);
  return reply;
}

async function recordedAnswers(assistant: Assistant, sessionId: string) {
  const view = await assistant.getSession(sessionId);
  if (!view.success) throw view.error;
  return view.data.answers.risk?.answers ?? {};
}

/** The model replies in turn with each entry: a text, or a thrown provider failure. */
function scriptedModel(script: Array<string | Error>): MockLanguageModelV3 {
  let call = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => {
      const step = script[Math.min(call, script.length - 1)];
      call += 1;
      if (step instanceof Error) throw step;
      return generatedText(step ?? '');
    },
  });
}

describe('a model that answers NONE to a proposal request', () => {
  it('proposes nothing on a severity question, where "none" is a synonym of Negligible (1)', async () => {
    const { assistant } = createTestAssistant({ model: scriptedModel(['NONE']) });
    const sessionId = await newSession(assistant);
    await reach(assistant, sessionId, 'no-legal-basis-severity');

    const reply = await send(assistant, sessionId, { text: severityWords });
    expect(reply.question?.id).toBe('no-legal-basis-severity');
    expect(reply.quickReplies.map((quickReply) => quickReply.id)).not.toContain('proposal:confirm');
    expect(textOf(reply)).not.toContain('suggests');
    expect(textOf(reply)).not.toContain('Negligible**');
    expect(textOf(reply)).toContain('I could not match that to an answer. Please choose one of:');
    expect(textOf(reply)).not.toContain(onceNotice);
    expect((await recordedAnswers(assistant, sessionId))['no-legal-basis-severity']).toBeUndefined();
  });

  it('is a normal "no proposal": no unavailable notice, which stays for a real failure', async () => {
    const model = scriptedModel(['NONE', 'none.', new Error('connection reset')]);
    const { assistant } = createTestAssistant({ model });
    const sessionId = await newSession(assistant);
    await reach(assistant, sessionId, 'system-purpose');

    for (const words of [purposeWords, 'it does a lot, somehow']) {
      const reply = await send(assistant, sessionId, { text: words });
      expect(reply.question?.id).toBe('system-purpose');
      expect(textOf(reply)).toContain('I could not match that to an answer.');
      expect(textOf(reply)).not.toContain(onceNotice);
    }
    const failed = await send(assistant, sessionId, { text: 'it sort of watches things' });
    expect(textOf(failed)).toContain(onceNotice);
    expect(model.doGenerateCalls.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a model that answers NONE, through the real OpenAI provider on a loopback server', () => {
  let server: LoopbackChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function assistantOn(answer: (call: number) => ChatReply) {
    let calls = 0;
    server = await startLoopbackChatServer(() => answer(calls++));
    const model = createLanguageModel({
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: server.baseURL,
      RAIA_MODEL: 'local-model',
      RAIA_MODEL_TIMEOUT_MS: 5_000,
    });
    if (model === undefined) throw new Error('expected a model');
    return { ...createTestAssistant({ model }), server };
  }

  it('proposes nothing, says nothing about the model, and asks at temperature 0 for a few tokens', async () => {
    const { assistant, server } = await assistantOn(() => ({ content: ' None.\n' }));
    const sessionId = await newSession(assistant);
    await reach(assistant, sessionId, 'no-legal-basis-severity');

    const reply = await send(assistant, sessionId, { text: severityWords });
    expect(reply.quickReplies.map((quickReply) => quickReply.id)).not.toContain('proposal:confirm');
    expect(textOf(reply)).not.toContain('suggests');
    expect(textOf(reply)).not.toContain(onceNotice);
    expect((await recordedAnswers(assistant, sessionId))['no-legal-basis-severity']).toBeUndefined();

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.temperature).toBe(0);
    expect(request?.max_tokens).toBeGreaterThan(0);
    expect(request?.max_tokens).toBeLessThanOrEqual(8);
    expect(server.promptOf(request)).toContain(severityWords);
  });

  it('still says once that the model is unavailable when the server then fails', async () => {
    const { assistant } = await assistantOn((call) => (call === 0 ? { content: 'NONE' } : { status: 500 }));
    const sessionId = await newSession(assistant);
    await reach(assistant, sessionId, 'system-purpose');

    const none = await send(assistant, sessionId, { text: purposeWords });
    expect(textOf(none)).not.toContain(onceNotice);
    const failed = await send(assistant, sessionId, { text: 'it does a lot, somehow' });
    expect(textOf(failed)).toContain(onceNotice);
    const again = await send(assistant, sessionId, { text: 'it sort of watches things' });
    expect(textOf(again)).not.toContain(onceNotice);
  });
});
