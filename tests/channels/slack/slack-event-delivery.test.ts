import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';
import { createFakeAssistant } from '../fake-assistant.ts';
import { createGate } from '../gate.ts';
import { appMentionEvent, now, signedRequest, startSlackKit, unixSeconds } from './slack-test-kit.ts';

let kit: Awaited<ReturnType<typeof startSlackKit>>;
const kits: Array<{ close: () => Promise<void> }> = [];
beforeEach(async () => {
  kit = await startSlackKit();
  kits.push(kit);
});
afterEach(async () => {
  await Promise.all(kits.splice(0).map((started) => started.close()));
});

const event = JSON.stringify(appMentionEvent());

/** Slack's retry of the same event: a fresh timestamp and signature, the same event_id. */
function retryAt(time: Date, number = 1): Request {
  return signedRequest('/slack/events', event, {
    timestamp: unixSeconds(time),
    headers: { 'x-slack-retry-num': String(number), 'x-slack-retry-reason': 'http_timeout' },
  });
}

function questionPosts(target = kit) {
  return target.slack
    .requestsTo('/api/chat.postMessage')
    .map((post) => (post.json() as { text: string }).text)
    .filter((text) => text.includes('Question 1'));
}

describe('createSlackRoutes: one reply per event', () => {
  it('posts once when a retry arrives while the first delivery is still in its turn', async () => {
    // The first delivery applies the turn, then stalls (a slow model) before it can post.
    const gate = createGate();
    const handleTurn = kit.fake.assistant.handleTurn;
    let calls = 0;
    kit.fake.assistant.handleTurn = async (input) => {
      calls += 1;
      const result = await handleTurn(input);
      if (calls === 1) await gate.pass();
      return result;
    };
    await kit.app.request(signedRequest('/slack/events', event));
    await gate.reached;
    expect((await kit.app.request(retryAt(now))).status).toBe(200);
    gate.open();
    await kit.background.settle();

    expect(questionPosts()).toHaveLength(1);
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });

  it('does not post again for a retry reaching a restarted process (new routes, same store)', async () => {
    await kit.app.request(signedRequest('/slack/events', event));
    await kit.background.settle();
    expect(questionPosts()).toHaveLength(1);

    const restarted = await startSlackKit({ fake: kit.fake, clock: kit.clock });
    kits.push(restarted);
    kit.clock.now = new Date(now.getTime() + 60_000);
    expect((await restarted.app.request(retryAt(kit.clock.now))).status).toBe(200);
    await restarted.background.settle();
    expect(restarted.slack.requestsTo('/api/chat.postMessage')).toEqual([]);
  });

  it('lets a later retry deliver the reply when the first delivery could not post it', async () => {
    kit.slack.respond(
      '/api/chat.postMessage',
      () => ({ body: { ok: false, error: 'service_unavailable' } }),
      () => ({ body: { ok: true, ts: '1.1' } }),
    );
    await kit.app.request(signedRequest('/slack/events', event));
    await kit.background.settle();
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);

    // Slack's retry after about one minute finds the first claim still within its lease.
    kit.clock.now = new Date(now.getTime() + 60_000);
    await kit.app.request(retryAt(kit.clock.now, 1));
    await kit.background.settle();
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);

    // The retry after about five minutes takes the lapsed claim over and posts the stored reply.
    kit.clock.now = new Date(now.getTime() + 5 * 60_000);
    await kit.app.request(retryAt(kit.clock.now, 2));
    await kit.background.settle();
    expect(questionPosts()).toHaveLength(2);
    // The session exists by then, so the stored answer comes without the introduction.
    expect(questionPosts().at(-1)).toBe('Question 1: is the system in use?');
    expect([...kit.fake.sessions.values()][0]?.applied).toHaveLength(1);
  });

  it('applies nothing and says so in the thread when the delivery cannot be claimed', async () => {
    const fake = createFakeAssistant({ failingClaims: 1, now: () => kit.clock.now });
    const broken = await startSlackKit({ fake, clock: kit.clock });
    kits.push(broken);
    await broken.app.request(signedRequest('/slack/events', event));
    await broken.background.settle();

    expect(fake.sessions.size).toBe(0);
    const posts = broken.slack.requestsTo('/api/chat.postMessage').map((post) => post.json());
    expect(posts).toEqual([
      expect.objectContaining({
        channel: 'C123ABC456',
        thread_ts: '1515449522.000016',
        text: 'RAIA could not save your message: its storage is not answering. Please send it again in a few minutes.',
      }),
    ]);
  });
});

describe('createSlackRoutes: one reply per event, with the real assistant and store', () => {
  it('posts once for a retry during the first delivery and once more for none after a restart', async () => {
    const { assistant } = createTestAssistant();
    const gate = createGate();
    const handleTurn = assistant.handleTurn;
    let calls = 0;
    assistant.handleTurn = async (input) => {
      calls += 1;
      const result = await handleTurn(input);
      if (calls === 1) await gate.pass();
      return result;
    };
    const first = await startSlackKit({ assistant });
    kits.push(first);
    await first.app.request(signedRequest('/slack/events', event));
    await gate.reached;
    await first.app.request(retryAt(now, 1));
    gate.open();
    await first.background.settle();
    expect(first.slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);

    const restarted = await startSlackKit({ assistant });
    kits.push(restarted);
    await restarted.app.request(retryAt(new Date(now.getTime() + 60_000), 2));
    await restarted.background.settle();
    expect(restarted.slack.requestsTo('/api/chat.postMessage')).toEqual([]);
    expect(calls).toBe(1);
  });
});
