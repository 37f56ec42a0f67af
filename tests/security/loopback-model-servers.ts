import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LoopbackFault = 'refused' | 'silent' | 'malformed' | 'garbage-json';

/**
 * An OpenAI-compatible base URL on 127.0.0.1 that fails one way: nothing listening, a server
 * that accepts and never answers, a 200 with a body that is not JSON, or JSON of the wrong shape.
 */
export async function startFaultyModelServer(
  fault: LoopbackFault,
): Promise<{ baseURL: string; close(): Promise<void> }> {
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    request.resume();
    if (fault === 'silent') {
      hanging.push(response);
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      fault === 'malformed' ? '{"choices": [{"message": ' : JSON.stringify({ choices: 'none', id: 7 }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const response of hanging) response.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  if (fault === 'refused') {
    // The port was free a moment ago and nothing listens on it now: connections are refused.
    await close();
    return { baseURL: `http://127.0.0.1:${port}/v1`, close: async () => undefined };
  }
  return { baseURL: `http://127.0.0.1:${port}/v1`, close };
}

export type { Server };
