import type { Reply } from '../../conversation/reply.ts';
import { citationOrigin } from '../../knowledge/citation-origin.ts';
import { reportLinks } from '../shared/report-link.ts';
import { truncateText } from '../shared/split-text.ts';
import { withReviewText } from '../shared/with-review-text.ts';

/** Teams rejects messages over about 28 KB; this keeps a card's text well inside that. */
const maxTextLength = 20_000;

type TextBlock = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  isSubtle?: boolean;
  size?: 'Small';
  spacing?: 'None' | 'Medium';
  weight?: 'Bolder';
};
type CardAction =
  | { type: 'Action.Submit'; title: string; data: { raiaAction: string } }
  | { type: 'Action.OpenUrl'; title: string; url: string };

export interface AdaptiveCardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: {
    type: 'AdaptiveCard';
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
    version: '1.4';
    body: TextBlock[];
    actions: CardAction[];
  };
}

/**
 * Renders a Reply as one Adaptive Card: wrapped TextBlocks for the text (Teams renders a Markdown
 * subset in them, without headings), small subtle blocks for citations and progress, and an
 * Action.Submit per quick reply whose data `{ raiaAction }` comes back as the message's `value`.
 */
export function toAdaptiveCard(
  reply: Reply,
  options: { sessionId: string; publicUrl: string | undefined },
): AdaptiveCardAttachment {
  reply = withReviewText(reply);
  const body: TextBlock[] = [];
  for (const message of reply.messages) {
    body.push({
      type: 'TextBlock',
      text: truncateText(headingsToBold(message.text), maxTextLength),
      wrap: true,
    });
    for (const citation of message.citations) {
      const text = `[${citation.number}] ${citation.title} — ${citationOrigin(citation)}`;
      body.push({ type: 'TextBlock', text, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' });
    }
  }
  if (reply.report !== null) {
    body.push({
      type: 'TextBlock',
      text: headingsToBold(reply.report.summary),
      wrap: true,
      spacing: 'Medium',
    });
  }
  if (reply.progress !== null) {
    body.push({
      type: 'TextBlock',
      text: reply.progress.label,
      wrap: true,
      isSubtle: true,
      size: 'Small',
    });
  }
  const actions: CardAction[] = reply.quickReplies.map((quickReply) => ({
    type: 'Action.Submit',
    title: quickReply.label,
    data: { raiaAction: quickReply.id },
  }));
  for (const { label, url } of reportLinks(options.publicUrl, options.sessionId, reply.report))
    actions.push({ type: 'Action.OpenUrl', title: label, url });
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.4',
      body,
      actions,
    },
  };
}

/** Adaptive Card TextBlocks have no headings: `## Title` becomes `**Title**`. */
function headingsToBold(markdown: string): string {
  return markdown.replace(/^#{1,6}\s+(.+?)\s*#*$/gm, '**$1**');
}
