import { inlineUserText } from '../../conversation/quote-user-text.ts';
import type { Reply } from '../../conversation/reply.ts';

/**
 * Channels without a review panel (terminal, Slack, Mattermost, Teams) show the review list inside
 * the review message: numbered, so "change 3" picks the third answer to change.
 */
export function withReviewText(reply: Reply): Reply {
  if (reply.review === null) return reply;
  const lines = reply.review.items.map((item, index) => {
    const answer =
      item.answer === null ? (item.required ? '_not answered (required)_' : '_not answered_') : item.answer;
    const line = `${index + 1}. ${item.prompt} — **${answer}**`;
    if (item.note === undefined) return line;
    const label = item.note.kind === 'evidence' ? 'Evidence' : 'Note';
    return `${line}\n   ${label}: ${inlineUserText(item.note.text)}`;
  });
  const list = [...lines, '', 'To change an answer, say "change" and its number, e.g. "change 3".'].join(
    '\n',
  );
  return {
    ...reply,
    messages: reply.messages.map((message) =>
      message.kind === 'review' ? { ...message, text: `${message.text}\n\n${list}` } : message,
    ),
  };
}
