import type { Reply } from '../../conversation/reply.ts';
import type { Citation } from '../../knowledge/citation.ts';
import { citationOrigin } from '../../knowledge/citation-origin.ts';
import { reportLinks } from '../shared/report-link.ts';
import { truncateText } from '../shared/split-text.ts';
import { withReviewText } from '../shared/with-review-text.ts';
import type { MattermostActionContext } from './mattermost-action-schema.ts';

/** Mattermost's default maximum post size, in characters. */
const maxMessageLength = 16_383;

export interface MattermostButton {
  /** Mattermost action ids must be alphanumeric. */
  id: string;
  type: 'button';
  name: string;
  integration: { url: string; context: MattermostActionContext };
}
export interface MattermostAttachment {
  text: string;
  actions: MattermostButton[];
}
export interface MattermostMessage {
  text: string;
  attachments: MattermostAttachment[];
}

/**
 * Renders a reply as one Mattermost post: Markdown text with sources, and an attachment holding
 * the progress line and one button per quick reply (each with its signed context, in order).
 */
export function toMattermost(
  reply: Reply,
  options: {
    sessionId: string;
    publicUrl: string | undefined;
    actionUrl: string;
    contexts: MattermostActionContext[];
  },
): MattermostMessage {
  const text = replyText(withReviewText(reply), options);
  const progress = reply.progress?.label ?? '';
  const actions = options.contexts.map((context, index) => ({
    id: `raia${index}`,
    type: 'button' as const,
    name: context.label,
    integration: { url: options.actionUrl, context },
  }));
  const attachments = progress === '' && actions.length === 0 ? [] : [{ text: progress, actions }];
  return { text: truncateText(neutraliseMentions(text), maxMessageLength), attachments };
}

function replyText(reply: Reply, options: { sessionId: string; publicUrl: string | undefined }): string {
  const parts = reply.messages.map((message) => `${message.text}${sources(message.citations)}`);
  if (reply.report !== null) {
    const links = reportLinks(options.publicUrl, options.sessionId, reply.report);
    // A bracket in a pack's document title would end the link text early.
    const linkLines = links.map(({ label, url }) => `[${label.replace(/[[\]]/g, '')}](${url})`);
    parts.push([reply.report.summary, ...linkLines].join('\n\n'));
  }
  return parts.join('\n\n');
}

function sources(citations: Citation[]): string {
  if (citations.length === 0) return '';
  const lines = citations.map(
    (citation) => `[${citation.number}] ${citation.title} — ${citationOrigin(citation)}`,
  );
  return `\n\n*Sources:*\n${lines.join('\n')}`;
}

/**
 * `@channel`, `@all` and `@here` in a post notify everyone; RAIA may quote what people typed,
 * so a zero-width space keeps those words from pinging the channel.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(channel|all|here)\b/gi, '@\u200B$1');
}
