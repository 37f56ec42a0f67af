import type { UIMessage } from 'ai';
import type { Reply } from '../../conversation/reply.ts';

/** What a `useChat` client gets beside the text: everything it needs to render buttons and progress. */
export type RaiaReplyData = Pick<
  Reply,
  'quickReplies' | 'progress' | 'state' | 'question' | 'review' | 'report'
> & {
  /**
   * The RAIA session the chat id names: the reference for `/api/sessions/:id/report` and the
   * other session routes (with a client's own chat id, the client has no other way to know it).
   */
  sessionId: string;
  citations: Reply['messages'][number]['citations'];
};

/** The UI message type of `/api/chat`: `useChat<RaiaUIMessage>()` on the page. */
export type RaiaUIMessage = UIMessage<unknown, { 'raia-reply': RaiaReplyData }>;
