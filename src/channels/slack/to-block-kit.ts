import type { QuickReply, Reply } from '../../conversation/reply.ts';
import type { Citation } from '../../knowledge/citation.ts';
import { citationOrigin } from '../../knowledge/citation-origin.ts';
import { reportLinks } from '../shared/report-link.ts';
import { splitText, truncateText } from '../shared/split-text.ts';
import { withReviewText } from '../shared/with-review-text.ts';
import { escapeMrkdwn, markdownToMrkdwn } from './markdown-to-mrkdwn.ts';
import { markdownToPlainText } from './markdown-to-plain-text.ts';

// Block Kit limits (docs.slack.dev/reference/block-kit): 50 blocks per message, 3000 characters
// per text object, 10 elements per context block, 25 elements per actions block, 75 characters
// of button text, 2000 of button value.
const maxBlocks = 50;
const maxTextLength = 3000;
const maxContextElements = 10;
const maxActionsElements = 25;
const maxButtonTextLength = 75;
const maxButtonValueLength = 2000;

type TextObject = { type: 'mrkdwn'; text: string } | { type: 'plain_text'; text: string; emoji?: boolean };
export type SlackButton = {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: boolean };
  value?: string;
  url?: string;
  style?: 'primary';
};
export type SlackBlock =
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'actions'; block_id: string; elements: SlackButton[] };

/** The action id of the report link button: Slack posts a block_actions payload for it too. */
export const reportButtonActionId = 'raia-report';
/** Quick-reply buttons are `raia-action-<n>`; the RAIA action id travels in `value`. */
export const quickReplyActionPrefix = 'raia-action-';

/** Renders a Reply as a Slack message: `text` is the notification fallback, `blocks` the content. */
export function toBlockKit(
  reply: Reply,
  options: { sessionId: string; publicUrl: string | undefined },
): { text: string; blocks: SlackBlock[] } {
  reply = withReviewText(reply);
  const trailing = [
    ...progressBlocks(reply),
    ...reportBlocks(reply, options),
    ...quickReplyBlocks(reply.quickReplies),
  ];
  const content = reply.messages.flatMap((message) => [
    ...splitText(markdownToMrkdwn(message.text), maxTextLength).map(section),
    ...citationBlocks(message.citations),
  ]);
  const room = maxBlocks - trailing.length;
  const kept = content.length <= room ? content : [...content.slice(0, room - 1), shortenedNotice()];
  const fallback = reply.messages.map((message) => markdownToPlainText(message.text)).join('\n\n');
  return { text: truncateText(fallback, maxTextLength), blocks: [...kept, ...trailing] };
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function shortenedNotice(): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: '_Message shortened to fit Slack._' }] };
}

function citationBlocks(citations: Citation[]): SlackBlock[] {
  const elements: TextObject[] = citations.map((citation) => ({
    type: 'mrkdwn',
    text: truncateText(
      escapeMrkdwn(`[${citation.number}] ${citation.title} — ${citationOrigin(citation)}`),
      maxTextLength,
    ),
  }));
  const blocks: SlackBlock[] = [];
  for (let start = 0; start < elements.length; start += maxContextElements) {
    blocks.push({ type: 'context', elements: elements.slice(start, start + maxContextElements) });
  }
  return blocks;
}

function progressBlocks(reply: Reply): SlackBlock[] {
  if (reply.progress === null) return [];
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(reply.progress.label) }] }];
}

function reportBlocks(
  reply: Reply,
  options: { sessionId: string; publicUrl: string | undefined },
): SlackBlock[] {
  if (reply.report === null) return [];
  const blocks: SlackBlock[] = [section(truncateText(markdownToMrkdwn(reply.report.summary), maxTextLength))];
  const links = reportLinks(options.publicUrl, options.sessionId, reply.report);
  if (links.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'raia-report',
      // Link buttons carry no value, so a click on one is never read as an answer.
      elements: links.map(({ label, url }, index) => ({
        type: 'button' as const,
        action_id: index === 0 ? reportButtonActionId : `${reportButtonActionId}-${index}`,
        text: plainText(label),
        url,
      })),
    });
  }
  return blocks;
}

function quickReplyBlocks(quickReplies: QuickReply[]): SlackBlock[] {
  const buttons: SlackButton[] = quickReplies
    .filter((quickReply) => quickReply.id.length <= maxButtonValueLength)
    .map((quickReply, index) => ({
      type: 'button',
      action_id: `${quickReplyActionPrefix}${index}`,
      text: plainText(quickReply.label),
      value: quickReply.id,
    }));
  const blocks: SlackBlock[] = [];
  for (let start = 0; start < buttons.length; start += maxActionsElements) {
    blocks.push({
      type: 'actions',
      block_id: `raia-actions-${start / maxActionsElements}`,
      elements: buttons.slice(start, start + maxActionsElements),
    });
  }
  return blocks;
}

function plainText(text: string): { type: 'plain_text'; text: string; emoji: boolean } {
  return { type: 'plain_text', text: truncateText(text, maxButtonTextLength), emoji: true };
}
