import { exports } from 'cloudflare:workers';

const origin = 'https://raia.example';

/** A request to the Worker's own fetch handler (wrangler.toml's `main`), as the edge would send it. */
export function workerFetch(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${origin}${path}`, init));
}

export function postJson(path: string, body: unknown): Promise<Response> {
  return workerFetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(body),
  });
}
