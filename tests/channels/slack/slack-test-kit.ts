import { createHmac } from 'node:crypto';
import { createTeamChatRoutes } from '../../../src/channels/create-team-chat-routes.ts';
import type { Assistant } from '../../../src/conversation/assistant.ts';
import { createBackgroundTasks } from '../background-tasks.ts';
import { createFakeAssistant } from '../fake-assistant.ts';
import { startFakePlatformServer } from '../fake-platform-server.ts';
import { mountTeamChatRoutes } from '../mount-team-chat-routes.ts';
import { silentLog, testConfig } from '../test-config.ts';

export const signingSecret = 'slack-signing-secret-for-tests';
export const botToken = 'xoxb-test-token';
export const now = new Date('2026-03-02T10:00:00.000Z');
export const nowSeconds = String(Math.floor(now.getTime() / 1000));

/** The time the routes and the default fake assistant see; a test may move it. */
export interface TestClock {
  now: Date;
}

/** RAIA's Slack routes mounted as the lead mounts them, against a fake Slack API on loopback. */
export async function startSlackKit(
  options: { fake?: ReturnType<typeof createFakeAssistant>; assistant?: Assistant; clock?: TestClock } = {},
) {
  const slack = await startFakePlatformServer();
  const clock = options.clock ?? { now };
  const fake = options.fake ?? createFakeAssistant({ now: () => clock.now });
  const background = createBackgroundTasks();
  const waits: number[] = [];
  const routes = createTeamChatRoutes({
    assistant: options.assistant ?? fake.assistant,
    config: testConfig({
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_BOT_TOKEN: botToken,
      SLACK_API_URL: `${slack.url}/api/`,
      RAIA_PUBLIC_URL: 'https://raia.example.org/',
    }),
    now: () => clock.now,
    runInBackground: background.run,
    wait: async (milliseconds) => {
      waits.push(milliseconds);
    },
    logger: silentLog,
  });
  const app = mountTeamChatRoutes(routes);
  return { app, slack, fake, background, waits, clock, close: slack.close };
}

/** Signs like Slack does, with Node's own HMAC as an independent implementation. */
export function slackSignature(body: string, timestamp = nowSeconds, secret = signingSecret): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedRequest(
  path: string,
  body: string,
  options: {
    contentType?: string;
    timestamp?: string;
    signature?: string;
    headers?: Record<string, string>;
  } = {},
): Request {
  const timestamp = options.timestamp ?? nowSeconds;
  return new Request(`http://raia.test${path}`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': options.signature ?? slackSignature(body, timestamp),
      ...options.headers,
    },
    body,
  });
}

/** The app_mention example of docs.slack.dev/reference/events/app_mention, with RAIA's ids. */
export function appMentionEvent(overrides: { eventId?: string; text?: string; threadTs?: string } = {}) {
  return {
    token: 'XXYYZZ',
    team_id: 'T123ABC456',
    api_app_id: 'A123ABC456',
    event: {
      type: 'app_mention',
      user: 'U061F7AUR',
      text: overrides.text ?? '<@U0LAN0Z89> start a risk assessment',
      ts: '1515449522.000016',
      ...(overrides.threadTs === undefined ? {} : { thread_ts: overrides.threadTs }),
      channel: 'C123ABC456',
      event_ts: '1515449522.000016',
    },
    type: 'event_callback',
    authorizations: [
      { team_id: 'T123ABC456', user_id: 'U0LAN0Z89', is_bot: true, is_enterprise_install: false },
    ],
    event_id: overrides.eventId ?? 'Ev123ABC456',
    event_time: 1515449522,
  };
}

/** Unix seconds of a time, as Slack writes X-Slack-Request-Timestamp. */
export function unixSeconds(time: Date): string {
  return String(Math.floor(time.getTime() / 1000));
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
