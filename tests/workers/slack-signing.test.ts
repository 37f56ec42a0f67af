import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerFetch } from './worker-fetch.ts';

const slackApiUrl = 'http://127.0.0.1:9/api/';
const encoder = new TextEncoder();

/** What Slack sends: `v0=` + hex(HMAC-SHA256(signing secret, `v0:<timestamp>:<body>`)), by Web Crypto. */
async function slackSignature(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, encoder.encode(`v0:${timestamp}:${body}`)),
  );
  return `v0=${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

async function postToSlack(
  path: string,
  body: string,
  options: { contentType: string; secret?: string; timestamp?: number },
): Promise<Response> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return workerFetch(`/slack${path}`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': await slackSignature(options.secret ?? env.SLACK_SIGNING_SECRET, timestamp, body),
    },
    body,
  });
}

describe('Slack webhooks on the Worker', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers a signed url_verification and refuses a forged or stale one', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'challenge-token', token: 'unused' });
    const json = { contentType: 'application/json' };

    const signed = await postToSlack('/events', body, json);
    expect(signed.status).toBe(200);
    expect(await signed.json()).toEqual({ challenge: 'challenge-token' });

    const forged = await postToSlack('/events', body, { ...json, secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const stale = await postToSlack('/events', body, {
      ...json,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(stale.status).toBe(401);
  });

  it('acknowledges a slash command before its reply is posted, then posts it in the background', async () => {
    const posted: Array<{ channel: string; text: string }> = [];
    let releaseSlackApi = () => {};
    const slackApi = new Promise<void>((resolve) => {
      releaseSlackApi = resolve;
    });
    const realFetch = globalThis.fetch;
    // The Worker shares the tests' isolate, so this stands in for the Slack Web API; it holds
    // every call until the acknowledgement has been checked.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith(slackApiUrl)) return realFetch(input, init);
      await slackApi;
      posted.push(JSON.parse(String(init?.body)) as { channel: string; text: string });
      return Response.json({ ok: true, ts: `1700000000.00000${posted.length}` });
    });
    const command = new URLSearchParams({
      team_id: 'T0001',
      channel_id: 'D0001',
      user_id: 'U0001',
      command: '/raia',
      text: 'start a risk assessment',
      response_url: 'https://hooks.slack.test/commands/1',
      trigger_id: 'trigger-1',
    }).toString();

    const acknowledged = await postToSlack('/commands', command, {
      contentType: 'application/x-www-form-urlencoded',
    });

    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toMatchObject({ response_type: 'ephemeral' });
    expect(posted).toEqual([]);
    releaseSlackApi();
    await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(posted[0]?.channel).toBe('D0001');
    expect(posted.map((message) => message.text).join('\n')).toMatch(/\?/);
  });
});
