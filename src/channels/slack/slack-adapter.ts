import type { TeamChatContext } from '../shared/team-chat-context.ts';
import type { SlackClient } from './create-slack-client.ts';

/** Everything the Slack handlers share. */
export interface SlackAdapter {
  context: TeamChatContext;
  client: SlackClient;
  /** Keys Slack session ids (the signing secret: it is already a secret RAIA holds). */
  sessionSecret: string;
}
