import type { Reply, ReplyMessage } from './reply.ts';

/** A message before it gets its id. */
export type DraftMessage = Omit<ReplyMessage, 'id' | 'role'>;

/** A reply before the conversation state and message ids are filled in. */
export type ReplyParts = Omit<Reply, 'messages' | 'state'> & { messages: DraftMessage[] };

export const emptyReplyParts: ReplyParts = {
  messages: [],
  quickReplies: [],
  progress: null,
  question: null,
  review: null,
  report: null,
};
