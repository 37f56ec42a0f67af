import { DefaultChatTransport, readUIMessageStream } from 'ai';
import { describe, expect, it } from 'vitest';
import type { RaiaUIMessage } from '../../src/server/chat/raia-ui-message.ts';
import { createSessionId, isSessionId } from '../../src/sessions/session-id.ts';
import { createTestApp, postJson } from './create-test-app.ts';
import { replyWith } from './fake-assistant.ts';

/** What the AI SDK's `generateId` gives a new chat: 16 letters and digits. */
const stockChatId = 'Xy7q2LmN0pQr5sTu';

function userMessage(text: string, id = `user-${text.length}`, metadata?: unknown) {
  return {
    id,
    role: 'user',
    parts: [{ type: 'text', text }],
    ...(metadata === undefined ? {} : { metadata }),
  };
}

/** Splits an SSE body into its `data:` payloads, as the browser's EventSource parser would. */
function parseServerSentEvents(body: string): unknown[] {
  return body
    .split('\n\n')
    .filter((event) => event.trim() !== '')
    .map((event) => {
      const data = event
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice('data: '.length))
        .join('\n');
      return data === '[DONE]' ? data : JSON.parse(data);
    });
}

/** Rebuilds the assistant message the way `useChat` does, from the stream chunks. */
async function readFinalMessage(chunks: unknown[]): Promise<RaiaUIMessage | undefined> {
  const stream = new ReadableStream({
    start(controller) {
      for (const chunk of chunks) if (chunk !== '[DONE]') controller.enqueue(chunk);
      controller.close();
    },
  });
  let last: RaiaUIMessage | undefined;
  for await (const message of readUIMessageStream<RaiaUIMessage>({ stream })) last = message;
  return last;
}

function textOf(message: RaiaUIMessage | undefined): string[] {
  return (message?.parts ?? []).flatMap((part) => (part.type === 'text' ? [part.text] : []));
}

describe('createChatRoutes', () => {
  it('streams the greeting and the reply of a new chat as an AI SDK 6 UI message stream', async () => {
    const { app, turns } = createTestApp();
    const id = stockChatId;
    const response = await postJson(app, '/api/chat', {
      id,
      messages: [userMessage('Hello there', 'message-1')],
      trigger: 'submit-message',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(response.headers.get('cache-control')).toBe('no-store');

    const chunks = parseServerSentEvents(await response.text());
    expect(chunks.at(0)).toMatchObject({ type: 'start' });
    expect(chunks.at(-2)).toEqual({ type: 'finish', finishReason: 'stop' });
    expect(chunks.at(-1)).toBe('[DONE]');

    const message = await readFinalMessage(chunks);
    expect(textOf(message)).toEqual(['Hello, I am RAIA.', 'You said: Hello there']);
    const data = message?.parts.find((part) => part.type === 'data-raia-reply');
    expect(data).toMatchObject({
      data: {
        state: 'risk.asking',
        quickReplies: [{ id: 'start:risk', label: 'Start the risk assessment' }],
        progress: { questionnaireId: 'risk', answered: 1, total: 10 },
        citations: [],
      },
    });
    // The client's own id is bound to a fresh session, which the data part names.
    const sessionId = turns[0]?.sessionId ?? '';
    expect(isSessionId(sessionId)).toBe(true);
    expect(sessionId).not.toBe(id);
    expect(data).toMatchObject({ data: { sessionId } });
    expect(turns).toEqual([{ sessionId, text: 'Hello there', messageId: 'message-1' }]);
  });

  it('works with the AI SDK chat transport useChat uses, sending only the last message', async () => {
    const { app } = createTestApp();
    const transport = new DefaultChatTransport<RaiaUIMessage>({
      api: 'http://raia.test/api/chat',
      fetch: async (input, init) => app.request(String(input), init),
      // A client may send only the newest message: the server reads nothing else, and bodies stay small.
      prepareSendMessagesRequest: ({ id, messages }) => ({ body: { id, messages: messages.slice(-1) } }),
    });
    const chatId = createSessionId();
    const send = async (text: string, history: RaiaUIMessage[]) => {
      const messages: RaiaUIMessage[] = [
        ...history,
        { id: `u-${history.length}`, role: 'user', parts: [{ type: 'text', text }] },
      ];
      const stream = await transport.sendMessages({
        trigger: 'submit-message',
        chatId,
        messageId: undefined,
        messages,
        abortSignal: undefined,
      });
      let reply: RaiaUIMessage | undefined;
      for await (const message of readUIMessageStream<RaiaUIMessage>({ stream })) reply = message;
      return { messages, reply };
    };

    const first = await send('Hello', []);
    expect(textOf(first.reply)).toEqual(['Hello, I am RAIA.', 'You said: Hello']);
    const second = await send('And now?', [...first.messages, ...(first.reply ? [first.reply] : [])]);
    expect(textOf(second.reply)).toEqual(['You said: And now?']);
  });

  it('continues a known chat without a second greeting, reading only the last message', async () => {
    const { app, turns } = createTestApp();
    const id = createSessionId();
    await postJson(app, '/api/chat', { id, messages: [userMessage('first')] });
    const history = [
      userMessage('first'),
      { id: 'a-1', role: 'assistant', parts: [{ type: 'text', text: '...' }] },
    ];
    const response = await postJson(app, '/api/chat', {
      id,
      messages: [...history, userMessage('second one')],
    });
    const message = await readFinalMessage(parseServerSentEvents(await response.text()));
    expect(textOf(message)).toEqual(['You said: second one']);
    expect(turns.map((turn) => turn.text)).toEqual(['first', 'second one']);
  });

  it('sends a quick reply carried in the message metadata as an action', async () => {
    const { app, assistant, turns } = createTestApp();
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    // A RAIA session id works as a chat id: it is that session.
    const id = created.data.sessionId;
    await postJson(app, '/api/chat', {
      id,
      messages: [userMessage('Start the risk assessment', 'm-2', { action: 'start:risk' })],
    });
    expect(turns).toEqual([{ sessionId: id, action: 'start:risk', messageId: 'm-2' }]);
  });

  it('lists each cited passage once as a source-document part beside the data part', async () => {
    const principle = {
      number: 1,
      id: 'principles-lawfulness',
      resource: 'principles' as const,
      resourceTitle: 'Principles for Responsible AI Innovation',
      title: 'Lawfulness',
      snippet: 'AI systems must comply with the law.',
    };
    const ingested = {
      number: 2,
      id: 'ingested-policy-3',
      resource: 'ingested' as const,
      resourceTitle: 'Agency documents',
      title: 'Use of force policy',
      snippet: 'Officers must record every use.',
      source: { file: 'Use-of-Force.PDF', page: 3 },
    };
    const law = {
      number: 3,
      id: 'law-ai-act-art26-deployer-duties',
      resource: 'law' as const,
      resourceTitle: 'Legal reference (RAIA, not part of the Toolkit)',
      title: 'Duties of a deployer',
      snippet: 'A deployer of a high-risk system must ...',
      legalSource: 'Regulation (EU) 2024/1689 (AI Act), Art. 26',
      asOf: '2026-12-01',
    };
    const reply = replyWith('See [1], [2] and [3].');
    const message = { id: 'first', role: 'assistant' as const, kind: 'answer' as const, text: 'See [1].' };
    const cited = { ...message, citations: [principle, ingested] };
    const again = { ...message, id: 'second', citations: [principle, law] };
    const { app } = createTestApp({
      assistant: {
        handleTurn: async () => ({ success: true, data: { ...reply, messages: [cited, again] } }),
      },
    });
    const response = await postJson(app, '/api/chat', {
      id: stockChatId,
      messages: [userMessage('What is lawfulness?')],
    });
    const streamed = await readFinalMessage(parseServerSentEvents(await response.text()));
    expect(streamed?.parts.filter((part) => part.type === 'source-document')).toEqual([
      {
        type: 'source-document',
        sourceId: 'principles-lawfulness',
        mediaType: 'text/markdown',
        title: 'Lawfulness — Principles for Responsible AI Innovation',
      },
      {
        type: 'source-document',
        sourceId: 'ingested-policy-3',
        mediaType: 'application/pdf',
        title: 'Use of force policy — Agency documents',
        filename: 'Use-of-Force.PDF',
      },
      {
        type: 'source-document',
        sourceId: 'law-ai-act-art26-deployer-duties',
        mediaType: 'text/markdown',
        title:
          'Duties of a deployer — Legal reference (RAIA, not part of the Toolkit); Regulation (EU) 2024/1689 (AI Act), Art. 26; as of 2026-12-01',
      },
    ]);
    const data = streamed?.parts.find((part) => part.type === 'data-raia-reply');
    expect(data).toMatchObject({ data: { citations: [principle, ingested, principle, law] } });
  });

  it.each([
    { name: 'a chat id with a slash', body: { id: 'a/b', messages: [userMessage('hi')] }, field: 'id' },
    {
      name: 'a chat id over 128 characters',
      body: { id: 'a'.repeat(129), messages: [userMessage('hi')] },
      field: 'id',
    },
    { name: 'no chat id', body: { messages: [userMessage('hi')] }, field: 'id' },
    { name: 'no messages', body: { id: createSessionId(), messages: [] }, field: 'messages' },
    {
      name: 'a last message from the assistant',
      body: {
        id: createSessionId(),
        messages: [{ id: 'a', role: 'assistant', parts: [{ type: 'text', text: 'x' }] }],
      },
      field: 'messages',
    },
    {
      name: 'a user message without text',
      body: { id: createSessionId(), messages: [{ id: 'u', role: 'user', parts: [] }] },
      field: 'messages',
    },
    {
      name: 'a message over 4000 characters',
      body: { id: createSessionId(), messages: [userMessage('x'.repeat(4001))] },
      field: 'messages',
    },
    {
      name: 'an unknown role',
      body: { id: createSessionId(), messages: [{ id: 'u', role: 'robot', parts: [] }] },
      field: 'messages.0.role',
    },
  ])('answers $name with 400 naming $field, before any session exists', async ({ body, field }) => {
    const { app, sessions } = createTestApp();
    const response = await postJson(app, '/api/chat', body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ error: { code: 'bad-request', field } });
    expect(sessions.size).toBe(0);
  });

  it('returns a failed turn as a JSON error, not a broken stream', async () => {
    const { app } = createTestApp({
      assistant: { handleTurn: async () => Promise.reject(new Error('boom')) },
    });
    const response = await postJson(app, '/api/chat', {
      id: createSessionId(),
      messages: [userMessage('hi')],
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'internal' } });
  });
});
