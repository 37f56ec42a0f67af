import type { AgencyService } from '../../../src/agency/create-agency-service.ts';
import { createTeamChatRoutes } from '../../../src/channels/create-team-chat-routes.ts';
import type { MattermostActionContext } from '../../../src/channels/mattermost/mattermost-action-schema.ts';
import type { Assistant } from '../../../src/conversation/assistant.ts';
import { createBackgroundTasks } from '../background-tasks.ts';
import { createFakeAssistant } from '../fake-assistant.ts';
import { startFakePlatformServer } from '../fake-platform-server.ts';
import { mountTeamChatRoutes } from '../mount-team-chat-routes.ts';
import { silentLog, testConfig } from '../test-config.ts';

export const commandToken = 'nezum4kpu3faiec7r7c5zt6tfy';
export const actionSecret = 'mattermost-action-secret';
export const channelId = 'i3bb9xfyqt8rtbyshmyhgsj16c';
/** The user who types `/raia` in the examples below. */
export const invoker = { id: 'k1x4aqdjy3813c84m771eoc9xo', name: 'tester' };
const hookPath = '/hooks/commands/zozc1xwxybdedeyz8djwjpngny';

export type MattermostPost = {
  response_type: string;
  text: string;
  attachments: Array<{
    actions: Array<{ name: string; integration: { url: string; context: MattermostActionContext } }>;
  }>;
};

/** RAIA's Mattermost routes as the lead mounts them, with a fake response_url server on loopback. */
export async function startMattermostKit(
  options: {
    fake?: ReturnType<typeof createFakeAssistant>;
    /** A real assistant and register instead of the fake, with settings such as RAIA_ROLES. */
    assistant?: Assistant;
    agency?: AgencyService;
    environment?: Record<string, string>;
  } = {},
) {
  const clock = { now: new Date('2026-03-02T10:00:00.000Z') };
  const mattermost = await startFakePlatformServer();
  const fake = options.fake ?? createFakeAssistant({ now: () => clock.now });
  const background = createBackgroundTasks();
  const routes = createTeamChatRoutes({
    assistant: options.assistant ?? fake.assistant,
    agency: options.agency,
    config: testConfig({
      MATTERMOST_TOKEN: commandToken,
      MATTERMOST_ACTION_SECRET: actionSecret,
      ...options.environment,
    }),
    now: () => clock.now,
    runInBackground: background.run,
    logger: silentLog,
  });
  const app = mountTeamChatRoutes(routes);

  /** The request of developers.mattermost.com/integrate/slash-commands/custom, for `/raia start risk`. */
  function commandRequest(
    request: {
      header?: string;
      formToken?: string;
      text?: string;
      user?: { id: string; name: string };
      triggerId?: string;
    } = {},
  ): Request {
    const body = new URLSearchParams({
      channel_id: channelId,
      channel_name: 'town-square',
      command: '/raia',
      response_url: `${mattermost.url}${hookPath}`,
      team_domain: 'rrrr',
      team_id: 'tsb8crrn5tgqtedpkt81b4tcya',
      text: request.text ?? 'start risk',
      token: request.formToken ?? commandToken,
      trigger_id:
        request.triggerId ??
        'NG1kM3lyN2NqYmQxcGNyc2s0Nmo5em0xb2M6azF4NGFxZGp5MzgxM2M4NG03NzFlb2M5eG86MTU1MTIwODE5NTQyNw',
      user_id: request.user?.id ?? invoker.id,
      user_name: request.user?.name ?? invoker.name,
    });
    return new Request('http://raia.test/mattermost/command', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: request.header ?? `Token ${commandToken}`,
      },
      body,
    });
  }

  /** PostActionIntegrationRequest as the Mattermost server sends it for a button click. */
  function actionRequest(
    context: MattermostActionContext,
    click: { channelId?: string; userId?: string; userName?: string; triggerId?: string } = {},
  ): Request {
    return new Request('http://raia.test/mattermost/actions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        user_id: click.userId ?? invoker.id,
        user_name: click.userName ?? invoker.name,
        channel_id: click.channelId ?? channelId,
        channel_name: 'town-square',
        team_id: 'tsb8crrn5tgqtedpkt81b4tcya',
        team_domain: 'test',
        post_id: 'w1z9nzs5rjgq8jhz8m7ygpqc3w',
        trigger_id: click.triggerId ?? 'dHJpZ2dlcg',
        type: 'button',
        context,
      }),
    });
  }

  /** What RAIA sent to the commands' response_url, oldest first. */
  function posts(): MattermostPost[] {
    return mattermost.requestsTo(hookPath).map((post) => post.json() as MattermostPost);
  }

  /** Runs `/raia start risk` and returns the post RAIA sent to response_url. */
  async function firstPost(): Promise<MattermostPost> {
    await app.request(commandRequest());
    await background.settle();
    const [post] = posts();
    if (post === undefined) throw new Error('RAIA posted nothing');
    return post;
  }

  return { app, mattermost, fake, background, clock, commandRequest, actionRequest, posts, firstPost };
}

/** The signed context of the button called `name` in a post. */
export function buttonContext(post: MattermostPost, name: string): MattermostActionContext {
  const button = post.attachments[0]?.actions.find((action) => action.name === name);
  if (button === undefined) throw new Error(`no button ${name}`);
  return button.integration.context;
}
