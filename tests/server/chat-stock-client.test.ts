import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { AbstractChat, type ChatState, type ChatStatus, DefaultChatTransport } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxChatBytes } from '../../src/server/chat/chat-body-limit.ts';
import type { RaiaReplyData, RaiaUIMessage } from '../../src/server/chat/raia-ui-message.ts';
import { maxBodyBytes } from '../../src/server/create-app.ts';
import { createRealApp } from './real-app.ts';

/** The plain state a non-React `useChat` keeps (as @ai-sdk/react does, without the re-render). */
class MemoryChatState implements ChatState<RaiaUIMessage> {
  status: ChatStatus = 'ready';
  error: Error | undefined = undefined;
  messages: RaiaUIMessage[] = [];
  pushMessage = (message: RaiaUIMessage) => {
    this.messages = [...this.messages, message];
  };
  popMessage = () => {
    this.messages = this.messages.slice(0, -1);
  };
  replaceMessage = (index: number, message: RaiaUIMessage) => {
    this.messages = this.messages.map((current, at) => (at === index ? message : current));
  };
  snapshot = <T>(thing: T): T => structuredClone(thing);
}

/** `useChat` without React: the AI SDK's own chat logic, ids and request bodies. */
class StockChat extends AbstractChat<RaiaUIMessage> {
  constructor(transport: DefaultChatTransport<RaiaUIMessage>, onError: (error: Error) => void) {
    super({ transport, onError, state: new MemoryChatState() });
  }
}

interface Exchange {
  status: number;
  requestBytes: number;
}

const { app, assistant } = createRealApp();
const exchanges: Exchange[] = [];
let origin = '';
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

/** The browser's fetch, recording what went over the wire. */
const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const body = init?.body;
  exchanges.push({
    status: response.status,
    requestBytes: typeof body === 'string' ? new TextEncoder().encode(body).length : 0,
  });
  return response;
};

function replyData(message: RaiaUIMessage | undefined): RaiaReplyData {
  const part = message?.parts.find((candidate) => candidate.type === 'data-raia-reply');
  if (part?.type !== 'data-raia-reply') throw new Error('the reply has no data-raia-reply part');
  return part.data;
}

type Turn = { text: string; metadata?: { action: string } };
type Expected = Record<string, unknown>;

/**
 * What a person clicking or typing would send: the submit button at review, a typed name for a
 * text question, otherwise the first answer button, clicked on even turns (the action travels in
 * the message metadata) and typed as its label on odd ones.
 */
function nextTurn(data: RaiaReplyData, step: number, expected: Expected): Turn {
  const submit = data.quickReplies.find((quickReply) => quickReply.id === 'submit');
  if (data.state === 'risk.review' && submit !== undefined) {
    return { text: submit.label, metadata: { action: submit.id } };
  }
  const question = data.question;
  if (question === null) throw new Error(`no question to answer in state ${data.state}`);
  if (question.kind === 'text') {
    expected[question.id] = `Answer to ${question.id}`;
    return { text: `Answer to ${question.id}` };
  }
  const first = data.quickReplies.find((quickReply) => quickReply.id.startsWith(`answer:${question.id}:`));
  const option = question.options[0];
  if (first === undefined || option === undefined) throw new Error(`no answer button for ${question.id}`);
  expected[question.id] = question.kind === 'multiple' ? [option.value] : option.value;
  if (question.kind === 'multiple' || step % 2 === 1) return { text: option.label };
  return { text: first.label, metadata: { action: first.id } };
}

/** Each answer lists every passage it cites once as a `source-document`, the first one at least one. */
function expectSourcesOfEveryCitation(answers: RaiaUIMessage[]): void {
  expect(answers.length).toBeGreaterThan(20);
  for (const answer of answers) {
    const sources = answer.parts.flatMap((part) => (part.type === 'source-document' ? [part] : []));
    const citations = replyData(answer).citations;
    expect(sources.map((source) => source.sourceId)).toEqual([
      ...new Set(citations.map((citation) => citation.id)),
    ]);
    for (const source of sources) {
      const citation = citations.find((candidate) => candidate.id === source.sourceId);
      expect(source).toEqual({
        type: 'source-document',
        sourceId: citation?.id,
        mediaType: 'text/markdown',
        title: expect.stringContaining(`${citation?.title} — ${citation?.resourceTitle}`),
      });
    }
  }
  expect(answers[0]?.parts.filter((part) => part.type === 'source-document').length).toBeGreaterThan(0);
}

const toolkitQuestions = [
  'What does the Toolkit say about automation bias?',
  'What are the five core principles?',
  'How should we handle bias in a predictive policing tool?',
  'What is the Risk Assessment Questionnaire for?',
  'What does the Toolkit say about human oversight?',
];

describe('a stock AI SDK useChat client', () => {
  it('completes a whole risk assessment with its own 16-character chat id', async () => {
    const errors: Error[] = [];
    const transport = new DefaultChatTransport<RaiaUIMessage>({
      api: `${origin}/api/chat`,
      fetch: recordingFetch,
    });
    const chat = new StockChat(transport, (error) => errors.push(error));
    expect(chat.id).toMatch(/^[A-Za-z0-9]{16}$/);

    await chat.sendMessage({ text: 'Start the risk assessment', metadata: { action: 'start:risk' } });
    const expected: Expected = {};
    const toolkitAnswers: RaiaUIMessage[] = [];
    for (let step = 0; step < 200; step++) {
      expect(errors.map((error) => error.message)).toEqual([]);
      const data = replyData(chat.lastMessage);
      if (data.state === 'risk.completed') break;
      // A Toolkit question every third turn, as officers ask while they answer.
      if (step % 3 === 2) {
        await chat.sendMessage({ text: toolkitQuestions[step % toolkitQuestions.length] ?? '' });
        if (chat.lastMessage !== undefined) toolkitAnswers.push(chat.lastMessage);
        continue;
      }
      await chat.sendMessage(nextTurn(data, step, expected));
    }

    expect(errors).toEqual([]);
    expect(exchanges.filter((exchange) => exchange.status >= 400)).toEqual([]);
    const data = replyData(chat.lastMessage);
    expect(data.state).toBe('risk.completed');
    expect(data.report?.questionnaireId).toBe('risk');
    expectSourcesOfEveryCitation(toolkitAnswers);

    const sessionId = data.sessionId;
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    const recorded = view.data.answers.risk?.answers ?? {};
    expect(Object.keys(expected).length).toBeGreaterThan(50);
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(expected).sort());
    for (const [questionId, value] of Object.entries(expected)) {
      expect(recorded[questionId]?.value, questionId).toEqual(value);
    }
    const report = await fetch(`${origin}/api/sessions/${sessionId}/report?format=md`);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('Answer to system-name');

    // The client resends the whole history every turn: the last body is the largest.
    const largest = Math.max(...exchanges.map((exchange) => exchange.requestBytes));
    // About 0.3 MB after 92 turns here (the old 64 KB cap failed at turn 31): the chat cap keeps
    // at least four times that room.
    expect(exchanges.length).toBeGreaterThanOrEqual(90);
    expect(largest).toBeGreaterThan(maxBodyBytes);
    expect(largest * 4).toBeLessThan(maxChatBytes);
  }, 60_000);

  it('regenerates the last reply without recording the answer twice', async () => {
    const errors: Error[] = [];
    const transport = new DefaultChatTransport<RaiaUIMessage>({ api: `${origin}/api/chat` });
    const chat = new StockChat(transport, (error) => errors.push(error));
    await chat.sendMessage({ text: 'Start the risk assessment', metadata: { action: 'start:risk' } });
    await chat.sendMessage({ text: 'Pilot camera system' });
    const before = chat.lastMessage;
    const sessionId = replyData(before).sessionId;

    await chat.regenerate();

    expect(errors).toEqual([]);
    expect(chat.messages).toHaveLength(4);
    expect(chat.lastMessage?.parts.filter((part) => part.type === 'text')).toEqual(
      before?.parts.filter((part) => part.type === 'text'),
    );
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers).toEqual({
      'system-name': expect.objectContaining({ value: 'Pilot camera system' }),
    });
    expect(view.data.transcript.filter((entry) => entry.role === 'user')).toHaveLength(2);
  });
});
