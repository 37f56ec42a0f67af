import { inlineUserText } from '../../conversation/quote-user-text.ts';
import type { Reply } from '../../conversation/reply.ts';

type ReviewItem = NonNullable<Reply['review']>['items'][number];

/**
 * Channels without a review panel (terminal, Slack, Mattermost, Teams) show the review list inside
 * the review message: numbered, so "change 3" picks the third answer to change.
 */
export function withReviewText(reply: Reply): Reply {
  if (reply.review === null) return reply;
  const lines = reply.review.items.map((item, index) => {
    const line = `${index + 1}. ${item.prompt} — ${answerText(item)}`;
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

function answerText(item: ReviewItem): string {
  // A text answer is the person's own words: escaped and kept on one line, as notes are.
  if (item.answer !== null) return `**${inlineUserText(item.answer)}**`;
  // Said in words, as the web list says it: a carried answer counts for nothing until kept. It may
  // be a colleague's free text, so it is escaped and kept on the item's one line.
  if (item.carriedOver !== undefined)
    return `_carried over, not yet confirmed:_ **${inlineUserText(item.carriedOver)}**`;
  return item.required ? '_not answered (required)_' : '_not answered_';
}
