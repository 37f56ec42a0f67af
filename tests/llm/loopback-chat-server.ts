import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** What RAIA's provider sends to /v1/chat/completions: the fields the tests look at. */
const chatRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.unknown() })),
  temperature: z.number().optional(),
  max_tokens: z.number().optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** The server's answer to one request: a completion with `content`, or an HTTP error. */
export type ChatReply = { content: string } | { status: number };

export interface LoopbackChatServer {
  /** `http://127.0.0.1:<port>/v1`, for OPENAI_BASE_URL. */
  baseURL: string;
  /** Every request body received, in order. */
  requests: ChatRequest[];
  /** How each request arrived, in the same order: method, path and Authorization header. */
  arrivals: { method: string; url: string; authorization: string | undefined }[];
  /** The text of every message of a request, joined: what the model was shown. */
  promptOf(request: ChatRequest | undefined): string;
  close(): Promise<void>;
}

/**
 * A minimal OpenAI-compatible chat server on 127.0.0.1, answering each POST /v1/chat/completions with `answer(request)`, so the real
 * @ai-sdk/openai provider path is driven and the request bodies can be inspected.
 */
export async function startLoopbackChatServer(
  answer: (request: ChatRequest) => ChatReply,
): Promise<LoopbackChatServer> {
  const requests: ChatRequest[] = [];
  const arrivals: LoopbackChatServer['arrivals'] = [];
  const server = createServer(async (request, response) => {
    arrivals.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization,
    });
    const body = chatRequestSchema.parse(JSON.parse(await readBody(request)));
    requests.push(body);
    const reply = answer(body);
    const status = 'status' in reply ? reply.status : 200;
    // retry-after-ms: 0 lets the SDK's one retry go at once instead of after its 2 s back-off.
    response.writeHead(status, { 'content-type': 'application/json', 'retry-after-ms': '0' });
    response.end(
      JSON.stringify('content' in reply ? completion(reply.content) : { error: { message: 'overloaded' } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    arrivals,
    promptOf: (request) =>
      (request?.messages ?? [])
        .map((message) =>
          typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
        )
        .join('\n'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

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
    usage: { prompt_tokens: 120, completion_tokens: 2, total_tokens: 122 },
  };
}
