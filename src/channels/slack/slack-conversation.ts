/** Where RAIA talks in Slack, and the key its session id is derived from. */
export interface SlackConversation {
  key: string[];
  channel: string;
  /** The thread replies go to; undefined posts at the top of a direct message. */
  threadTs: string | undefined;
}

/**
 * One RAIA session per (workspace, channel, thread root), so everyone in a channel thread
 * answers the same assessment; in a direct message (channel ids starting with `D`) one session
 * per (workspace, user).
 */
export function slackConversation(where: {
  teamId: string;
  channel: string;
  userId: string;
  threadTs: string | undefined;
  messageTs: string;
  isDirect: boolean;
}): SlackConversation {
  if (where.isDirect) {
    return {
      key: ['slack', where.teamId, 'direct', where.userId],
      channel: where.channel,
      threadTs: where.threadTs,
    };
  }
  const root = where.threadTs ?? where.messageTs;
  return { key: ['slack', where.teamId, where.channel, root], channel: where.channel, threadTs: root };
}

/** Slack direct-message channel ids start with `D`. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}
