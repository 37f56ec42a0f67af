import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json(): unknown;
  /** What the fake answered (e.g. the `ts` of a posted Slack message). */
  answer?: unknown;
}

type Answer = { status?: number; headers?: Record<string, string>; body?: unknown };
type Responder = (request: RecordedRequest) => Answer;

/** A fake platform API (Slack Web API, Bot Connector, Mattermost response_url) on 127.0.0.1. */
export async function startFakePlatformServer() {
  const requests: RecordedRequest[] = [];
  const responders = new Map<string, Responder[]>();
  let messageCounter = 0;

  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = incoming.url ?? '/';
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path,
        headers: incoming.headers,
        body,
        json: () => JSON.parse(body),
      };
      requests.push(request);
      const queue = responders.get(path.split('?')[0] ?? path);
      const responder = queue && queue.length > 1 ? queue.shift() : queue?.[0];
      messageCounter += 1;
      const answer = responder?.(request) ?? {
        body: { ok: true, ts: `1700000000.${String(messageCounter).padStart(6, '0')}` },
      };
      request.answer = answer.body;
      outgoing.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      outgoing.end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Answers for a path, used in order; the last one keeps answering. */
    respond(path: string, ...answers: Responder[]) {
      responders.set(path, answers);
    },
    requestsTo(path: string): RecordedRequest[] {
      return requests.filter((request) => request.path.split('?')[0] === path);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
