import type { TeamChatContext } from '../shared/team-chat-context.ts';

/** Everything the Mattermost handlers share. */
export interface MattermostAdapter {
  context: TeamChatContext;
  /** MATTERMOST_ACTION_SECRET: signs button contexts and keys Mattermost session ids. */
  actionSecret: string;
}

/**
 * One RAIA session per Mattermost channel: everyone in it answers the same assessment, and a
 * direct message channel belongs to its two members. Channel ids are unique across a server;
 * the team is left out because button clicks in direct messages carry no team.
 */
export function mattermostConversationKey(channelId: string): string[] {
  return ['mattermost', channelId];
}
