import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeAssistant } from '../fake-assistant.ts';
import { formBody, signedRequest, startSlackKit } from './slack-test-kit.ts';

let kit: Awaited<ReturnType<typeof startSlackKit>>;
beforeEach(async () => {
  kit = await startSlackKit();
});
afterEach(() => kit.close());

const form = { contentType: 'application/x-www-form-urlencoded' };

/** A slash command as Slack sends it; `trigger_id` left out where a test says so. */
function command(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    team_id: 'T0001',
    channel_id: 'C2147483705',
    user_id: 'U2147483697',
    user_name: 'Steve',
    command: '/raia',
    text: 'start a risk assessment',
    response_url: `${kit.slack.url}/commands/1234/5678`,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    ...overrides,
  };
  return formBody(
    Object.fromEntries(
      Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  );
}

describe('createSlackRoutes: one reply per slash command', () => {
  it('ignores a byte-for-byte replay of a signed command inside the five-minute window', async () => {
    const body = command();
    await kit.app.request(signedRequest('/slack/commands', body, form));
    await kit.background.settle();
    const afterFirst = kit.slack.requestsTo('/api/chat.postMessage').length;
    expect(afterFirst).toBe(2);

    // The same bytes with the same timestamp and signature, two minutes later.
    kit.clock.now = new Date(kit.clock.now.getTime() + 2 * 60_000);
    expect((await kit.app.request(signedRequest('/slack/commands', body, form))).status).toBe(200);
    await kit.background.settle();
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(afterFirst);
    expect(kit.fake.sessions.size).toBe(1);
  });

  it('applies each of two different commands in a direct message, without trigger ids, once', async () => {
    const direct = { channel_id: 'D0442US94JD', trigger_id: undefined };
    await kit.app.request(signedRequest('/slack/commands', command({ ...direct, text: 'start risk' }), form));
    await kit.background.settle();
    await kit.app.request(signedRequest('/slack/commands', command({ ...direct, text: 'help' }), form));
    await kit.background.settle();

    const [session] = [...kit.fake.sessions.values()];
    expect(session?.applied.map((turn) => turn.text)).toEqual(['start risk', 'help']);
    expect(new Set(session?.applied.map((turn) => turn.messageId)).size).toBe(2);
    expect(kit.slack.requestsTo('/api/chat.postMessage')).toHaveLength(2);
  });

  it('tells the user privately, and posts nothing, when the command cannot be claimed', async () => {
    await kit.close();
    const fake = createFakeAssistant({ failingClaims: 1 });
    kit = await startSlackKit({ fake });
    await kit.app.request(signedRequest('/slack/commands', command(), form));
    await kit.background.settle();

    expect(kit.slack.requestsTo('/api/chat.postMessage')).toEqual([]);
    expect(fake.sessions.size).toBe(0);
    expect(kit.slack.requestsTo('/commands/1234/5678').map((notice) => notice.json())).toEqual([
      {
        response_type: 'ephemeral',
        text: 'RAIA could not save your command: its storage is not answering. Please try again in a few minutes.',
      },
    ]);
  });
});
