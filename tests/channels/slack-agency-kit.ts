import { expect } from 'vitest';
import { createAgencyService } from '../../src/agency/create-agency-service.ts';
import { createTeamChatRoutes } from '../../src/channels/create-team-chat-routes.ts';
import type { Assistant } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { createMemoryRegisterStore } from '../../src/register/memory-register-store.ts';
import { createTestAssistant } from '../conversation/assistant-fixture.ts';
import { createBackgroundTasks } from './background-tasks.ts';
import { startFakePlatformServer } from './fake-platform-server.ts';
import { mountTeamChatRoutes } from './mount-team-chat-routes.ts';
import { appMentionEvent, formBody, now, signedRequest } from './slack/slack-test-kit.ts';
import { silentLog, testConfig } from './test-config.ts';

export const teamId = 'T123ABC456';
export const channel = 'C123ABC456';
const botUserId = 'U0LAN0Z89';

type PostedButton = { action_id: string; value?: string; text: { text: string } };
type PostedBlock = { type: string; block_id?: string; elements?: PostedButton[]; text?: { text: string } };
export type PostedMessage = { channel: string; thread_ts?: string; text: string; blocks: PostedBlock[] };
export type Posted = { message: PostedMessage; ts: string };

/** Every text of a post: its blocks, as the person reads them. */
export function postText(posted: Posted): string {
  return posted.message.blocks
    .flatMap((block) => [
      block.text?.text ?? '',
      ...(block.elements ?? []).map((element) => element.text.text),
    ])
    .join('\n');
}

export function buttonValues(posted: Posted): string[] {
  return posted.message.blocks.flatMap((block) =>
    block.type === 'actions' ? (block.elements ?? []).map((element) => element.value ?? '') : [],
  );
}

/**
 * RAIA's Slack routes with the real assistant, the register service (memory stores) and
 * RAIA_ROLES for the given Slack users, against a fake Slack API on loopback. The assistant is
 * wrapped only to remember the last reply it gave, so a test knows which question is on screen
 * (a Slack card names the question only in its buttons).
 */
export async function startSlackAgencyKit(roles: Record<string, string>) {
  const slack = await startFakePlatformServer();
  const { assistant: real } = createTestAssistant();
  let lastReply: Reply | undefined;
  const assistant: Assistant = {
    ...real,
    handleTurn: async (input, options) => {
      const turn = await real.handleTurn(input, options);
      if (turn.success) lastReply = turn.data;
      return turn;
    },
    reassess: async (sessionId, request) => {
      const started = await real.reassess(sessionId, request);
      if (started.success) lastReply = started.data.reply;
      return started;
    },
  };
  // The agency's clock moves a minute per reading, so a stage change comes after the sign-off.
  let minutes = 0;
  const agencyNow = () => new Date(now.getTime() + 60_000 * minutes++);
  const agency = createAgencyService({
    assistant,
    registerStore: createMemoryRegisterStore(),
    now: agencyNow,
    timeZone: 'UTC',
  });
  const background = createBackgroundTasks();
  const routes = createTeamChatRoutes({
    assistant,
    agency,
    config: testConfig({
      SLACK_SIGNING_SECRET: 'slack-signing-secret-for-tests',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: `${slack.url}/api/`,
      // None given: RAIA_ROLES unset, the single-user default where everyone holds every role.
      ...(Object.keys(roles).length === 0
        ? {}
        : {
            RAIA_ROLES: Object.entries(roles)
              .map(([user, held]) => `slack:${teamId}:${user}=${held}`)
              .join(','),
          }),
    }),
    now: () => now,
    runInBackground: background.run,
    wait: async () => undefined,
    logger: silentLog,
  });
  const app = mountTeamChatRoutes(routes);
  let events = 0;

  const lastPost = (): Posted => {
    const request = slack.requestsTo('/api/chat.postMessage').at(-1);
    if (request === undefined) throw new Error('RAIA posted nothing');
    return { message: request.json() as PostedMessage, ts: (request.answer as { ts: string }).ts };
  };

  /** `user` mentions RAIA with `text` in the thread at `threadRoot`; `startsThread`: this message is its root. */
  async function mention(
    user: string,
    text: string,
    threadRoot: string,
    startsThread = false,
  ): Promise<Posted> {
    events += 1;
    const ts = startsThread ? threadRoot : `1700002000.${String(events).padStart(6, '0')}`;
    const event = appMentionEvent({ eventId: `Ev-story-${events}`, text: `<@${botUserId}> ${text}` });
    const body = {
      ...event,
      event: { ...event.event, user, ts, event_ts: ts, ...(startsThread ? {} : { thread_ts: threadRoot }) },
    };
    const response = await app.request(signedRequest('/slack/events', JSON.stringify(body)));
    expect(response.status).toBe(200);
    await background.settle();
    return lastPost();
  }

  /** `user` clicks the button whose value is `value` on a post of RAIA's in the thread. */
  async function click(user: string, posted: Posted, value: string, threadRoot: string): Promise<Posted> {
    events += 1;
    const button = posted.message.blocks
      .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))
      .find((element) => element.value === value);
    if (button === undefined) throw new Error(`no button ${value} in ${postText(posted)}`);
    const payload = {
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), team_id: teamId },
      container: {
        type: 'message',
        message_ts: posted.ts,
        channel_id: channel,
        is_ephemeral: false,
        thread_ts: threadRoot,
      },
      team: { id: teamId, domain: 'agency' },
      message: {
        type: 'message',
        text: posted.message.text,
        ts: posted.ts,
        thread_ts: threadRoot,
        blocks: posted.message.blocks,
      },
      actions: [
        {
          action_id: button.action_id,
          block_id: 'raia-actions-0',
          text: button.text,
          value,
          type: 'button',
          action_ts: `1700003000.${String(events).padStart(6, '0')}`,
        },
      ],
    };
    const body = formBody({ payload: JSON.stringify(payload) });
    const response = await app.request(
      signedRequest('/slack/interactions', body, { contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(response.status).toBe(200);
    await background.settle();
    return lastPost();
  }

  return {
    assistant,
    agency,
    slack,
    mention,
    click,
    lastPost,
    /** The reply behind the last card RAIA posted from a turn (not from a refusal). */
    lastReply: () => {
      if (lastReply === undefined) throw new Error('no reply yet');
      return lastReply;
    },
    close: slack.close,
  };
}
