import { describe, expect, it } from 'vitest';
import { createTeamChatRoutes } from '../../../src/channels/create-team-chat-routes.ts';
import { fetchWithTimeout } from '../../../src/channels/shared/fetch-with-timeout.ts';
import { createRealApp } from '../../server/real-app.ts';
import { createBackgroundTasks } from '../background-tasks.ts';
import { formBody, now, signedRequest } from '../slack/slack-test-kit.ts';
import { silentLog, testConfig } from '../test-config.ts';

/** A platform endpoint that never answers: the call settles only when its signal aborts. */
function hangingFetch(calls: Array<{ url: string; signal: AbortSignal | undefined }>): typeof fetch {
  return (input, init) => {
    const signal = init?.signal ?? undefined;
    calls.push({ url: String(input), signal });
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}

describe('outbound calls to team-chat platforms', () => {
  it('time out, and still honour the caller’s own signal', async () => {
    const calls: Array<{ url: string; signal: AbortSignal | undefined }> = [];
    const limited = fetchWithTimeout(hangingFetch(calls), 20);
    await expect(limited('https://slack.test/api/chat.postMessage')).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    const caller = new AbortController();
    const pending = limited('https://slack.test/api/chat.update', { signal: caller.signal });
    caller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
  });

  it('give up on a Slack API that never answers, so the background turn ends', async () => {
    const calls: Array<{ url: string; signal: AbortSignal | undefined }> = [];
    const background = createBackgroundTasks();
    const routes = createTeamChatRoutes({
      assistant: createRealApp().assistant,
      config: testConfig({
        SLACK_SIGNING_SECRET: 'slack-signing-secret-for-tests',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_API_URL: 'https://slack.test/api/',
        RAIA_OUTBOUND_TIMEOUT_MS: '25',
      }),
      now: () => now,
      fetch: hangingFetch(calls),
      runInBackground: background.run,
      wait: async () => undefined,
      logger: silentLog,
    });
    const { app } = createRealApp({ extraRoutes: routes });
    const command = formBody({
      team_id: 'T0001',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/raia',
      text: 'start a risk assessment',
      response_url: 'https://slack.test/commands/1',
      trigger_id: '1.2.3',
    });
    const response = await app.request(
      signedRequest('/slack/commands', command, { contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(response.status).toBe(200);
    await background.settle();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.signal?.aborted === true)).toBe(true);
  });
});
