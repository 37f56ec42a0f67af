import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeAssistant } from '../fake-assistant.ts';
import {
  appMentionEvent,
  formBody,
  now,
  nowSeconds,
  signedRequest,
  slackSignature,
  startSlackKit,
  unixSeconds,
} from './slack-test-kit.ts';

let kit: Awaited<ReturnType<typeof startSlackKit>>;
beforeEach(async () => {
  kit = await startSlackKit();
});
afterEach(() => kit.close());

describe('createSlackRoutes: request verification', () => {
  it('answers a signed url_verification with its challenge', async () => {
    const body = JSON.stringify({
      token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await kit.app.request(signedRequest('/slack/events', body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
  });

  it('answers an unsigned ssl_check with 200 and processes nothing', async () => {
    const response = await kit.app.request(
      new Request('http://raia.test/slack/commands', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: formBody({ ssl_check: '1', token: 'legacy', text: 'start', user_id: 'U1' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(kit.background.count).toBe(0);
    expect(kit.slack.requests).toEqual([]);
  });

  const event = JSON.stringify(appMentionEvent());
  const rejected: Array<[string, Request]> = [
    ['a wrong signature', signedRequest('/slack/events', event, { signature: `v0=${'a'.repeat(64)}` })],
    [
      'a timestamp six minutes old',
      signedRequest('/slack/events', event, { timestamp: String(Number(nowSeconds) - 360) }),
    ],
    [
      'a timestamp six minutes ahead',
      signedRequest('/slack/events', event, { timestamp: String(Number(nowSeconds) + 360) }),
    ],
    [
      'a tampered body',
      new Request('http://raia.test/slack/events', {
        method: 'POST',
        headers: { 'x-slack-request-timestamp': nowSeconds, 'x-slack-signature': slackSignature(event) },
        body: event.replace('start a risk assessment', 'delete everything'),
      }),
    ],
    ['missing headers', new Request('http://raia.test/slack/events', { method: 'POST', body: event })],
    [
      'an unsigned url_verification',
      new Request('http://raia.test/slack/events', {
        method: 'POST',
        body: JSON.stringify({ type: 'url_verification', challenge: 'x' }),
      }),
    ],
  ];
  it.each(rejected)('rejects %s with 401 and a short JSON error', async (_name, request) => {
    const response = await kit.app.request(request);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'unauthorized', message: 'The Slack request signature is missing, stale or wrong.' },
    });
    expect(kit.background.count).toBe(0);
  });
});

describe('createSlackRoutes: events', () => {
  it('acknowledges an app_mention at once and replies in its thread in the background', async () => {
    const response = await kit.app.request(signedRequest('/slack/events', JSON.stringify(appMentionEvent())));
    expect(response.status).toBe(200);
    expect(kit.background.count).toBe(1);
    await kit.background.settle();

    const [session] = [...kit.fake.sessions.values()];
    expect(session?.owner).toEqual({ organisationId: 'slack:T123ABC456', userId: 'U061F7AUR' });
    expect(session?.applied).toEqual([
      {
        sessionId: [...kit.fake.sessions.keys()][0],
        text: 'start a risk assessment',
        messageId: 'slack:Ev123ABC456',
        actor: { id: 'U061F7AUR', channel: 'slack' },
        at: '2026-03-02T10:00:00.000Z',
      },
    ]);
    // The first mention in a thread gets one message: a short introduction, then the answer.
    const posts = kit.slack.requestsTo('/api/chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.headers.authorization).toBe('Bearer xoxb-test-token');
    const question = posts[0]?.json() as {
      channel: string;
      thread_ts: string;
      text: string;
      blocks: Array<{ type: string; elements?: unknown[] }>;
    };
    expect(question.text).toBe(
      'Hello, I am RAIA. You can say help at any time to see what I can do.\n\nQuestion 1: is the system in use?',
    );
    expect(question.channel).toBe('C123ABC456');
    expect(question.thread_ts).toBe('1515449522.000016');
    expect(question.blocks.find((block) => block.type === 'actions')?.elements).toEqual([
      {
        type: 'button',
        action_id: 'raia-action-0',
        text: { type: 'plain_text', text: 'Yes', emoji: true },
        value: 'answer:yes',
      },
      {
        type: 'button',
        action_id: 'raia-action-1',
        text: { type: 'plain_text', text: 'No', emoji: true },
        value: 'answer:no',
      },
    ]);
  });

  it('applies a retried event (same event_id, X-Slack-Retry-Num: 1) once and does not post twice', async () => {
    const body = JSON.stringify(appMentionEvent());
    await kit.app.request(signedRequest('/slack/events', body));
    await kit.background.settle();
    const retry = signedRequest('/slack/events', body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect((await kit.app.request(retry)).status).toBe(200);
    await kit.background.settle();
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);
  });

  it('still applies a retry whose first delivery failed before it was saved', async () => {
    await kit.close();
    const clock = { now };
    kit = await startSlackKit({
      fake: createFakeAssistant({ failingTurns: 1, now: () => clock.now }),
      clock,
    });
    const body = JSON.stringify(appMentionEvent());
    await kit.app.request(signedRequest('/slack/events', body));
    await kit.background.settle();
    expect([...kit.fake.sessions.values()][0]?.applied).toEqual([]);
    expect(kit.slack.requestsTo('/api/chat.postMessage').at(-1)?.json()).toMatchObject({
      text: 'RAIA cannot save right now. Please try again.',
      thread_ts: '1515449522.000016',
    });

    // Slack's retry after about five minutes: the failed delivery's claim has lapsed by then.
    clock.now = new Date(now.getTime() + 5 * 60_000);
    const retry = signedRequest('/slack/events', body, {
      timestamp: unixSeconds(clock.now),
      headers: { 'x-slack-retry-num': '2' },
    });
    await kit.app.request(retry);
    await kit.background.settle();
    expect([...kit.fake.sessions.values()][0]?.applied.map((turn) => turn.messageId)).toEqual([
      'slack:Ev123ABC456',
    ]);
    expect(kit.slack.requestsTo('/api/chat.postMessage').at(-1)?.json()).toMatchObject({
      text: 'Question 1: is the system in use?',
    });
  });

  it('ignores bot messages and edits, and answers direct messages outside any thread', async () => {
    const bot = { ...appMentionEvent(), event: { ...appMentionEvent().event, bot_id: 'B1' } };
    const edit = {
      ...appMentionEvent(),
      event: { type: 'message', subtype: 'message_changed', channel: 'D1', ts: '1.2' },
    };
    for (const body of [bot, edit]) {
      expect((await kit.app.request(signedRequest('/slack/events', JSON.stringify(body)))).status).toBe(200);
    }
    expect(kit.background.count).toBe(0);

    // The message.im shape of Slack's events reference.
    const direct = {
      ...appMentionEvent({ eventId: 'Ev044C51K43V' }),
      event: {
        client_msg_id: '1efd76a1-5075-4c2c-ad38-1284820b429f',
        type: 'message',
        text: 'what does proportionality mean?',
        user: 'U043H11ES4V',
        ts: '1664408649.009629',
        team: 'T123ABC456',
        channel: 'D0442US94JD',
        event_ts: '1664408649.009629',
        channel_type: 'im',
      },
    };
    await kit.app.request(signedRequest('/slack/events', JSON.stringify(direct)));
    await kit.background.settle();
    const posts = kit.slack
      .requestsTo('/api/chat.postMessage')
      .map((post) => post.json() as Record<string, unknown>);
    expect(posts.map((post) => [post.channel, post.thread_ts])).toEqual([['D0442US94JD', undefined]]);
  });

  it('waits as long as Retry-After says when Slack rate-limits a post', async () => {
    kit.slack.respond(
      '/api/chat.postMessage',
      () => ({ status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } }),
      () => ({ body: { ok: true, ts: '1.1' } }),
    );
    await kit.app.request(signedRequest('/slack/events', JSON.stringify(appMentionEvent())));
    await kit.background.settle();
    expect(kit.waits).toEqual([2000]);
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(2);
  });
});
