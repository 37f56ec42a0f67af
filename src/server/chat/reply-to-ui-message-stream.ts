import { createUIMessageStream } from 'ai';
import type { Reply } from '../../conversation/reply.ts';
import { citationsToSourceDocuments } from './citations-to-source-documents.ts';
import type { RaiaReplyData, RaiaUIMessage } from './raia-ui-message.ts';

/**
 * One assistant UI message for the replies of a turn (the greeting of a new chat, then the turn):
 * a text part per reply message, a `source-document` part per cited passage, then one
 * `data-raia-reply` part for the last reply's buttons, progress and state, with the citations of
 * every message. The turn is already saved, so the stream only transports a finished result.
 */
export function replyToUIMessageStream(sessionId: string, replies: Reply[]) {
  return createUIMessageStream<RaiaUIMessage>({
    execute: ({ writer }) => {
      writer.write({ type: 'start' });
      const messages = replies.flatMap((reply) => reply.messages);
      for (const message of messages) {
        writer.write({ type: 'text-start', id: message.id });
        writer.write({ type: 'text-delta', id: message.id, delta: message.text });
        writer.write({ type: 'text-end', id: message.id });
      }
      const citations = messages.flatMap((message) => message.citations);
      for (const source of citationsToSourceDocuments(citations)) writer.write(source);
      const last = replies.at(-1);
      if (last !== undefined) {
        writer.write({ type: 'data-raia-reply', data: toReplyData(sessionId, last, citations) });
      }
      writer.write({ type: 'finish', finishReason: 'stop' });
    },
  });
}

function toReplyData(sessionId: string, last: Reply, citations: RaiaReplyData['citations']): RaiaReplyData {
  return {
    sessionId,
    quickReplies: last.quickReplies,
    progress: last.progress,
    state: last.state,
    question: last.question,
    review: last.review,
    report: last.report,
    citations,
  };
}
