import { createElement } from './create-element.ts';
import { renderCitations } from './render-citations.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { WebReplyMessage } from './response-schemas.ts';

const knownKinds = new Set([
  'greeting',
  'question',
  'answer',
  'explanation',
  'info',
  'error',
  'review',
  'report',
]);

/** One assistant message: sanitized Markdown plus its numbered sources. */
export function renderAssistantMessage(message: WebReplyMessage): HTMLElement {
  const kind = knownKinds.has(message.kind) ? message.kind : 'info';
  const body = createElement('div', { className: 'message__body' }, [renderMarkdown(message.text)]);
  const article = createElement(
    'article',
    {
      className: `message message--assistant message--${kind}`,
      // Focusable from script only: the page moves focus here when a new question arrives.
      attributes: { tabindex: '-1', 'data-kind': kind },
    },
    [createElement('span', { className: 'visually-hidden', text: 'RAIA said: ' }), body],
  );
  const citations = renderCitations(message.citations);
  if (citations !== undefined) article.append(citations);
  return article;
}

/** What the user sent, as plain text (never Markdown, never HTML). */
export function renderUserMessage(text: string): HTMLElement {
  return createElement('div', { className: 'message message--user' }, [
    createElement('span', { className: 'visually-hidden', text: 'You said: ' }),
    text,
  ]);
}

/** A note from the page itself (resumed, deleted, could not reach RAIA). */
export function renderPageNotice(text: string, tone: 'notice' | 'error'): HTMLElement {
  return createElement('div', { className: `message message--${tone}`, attributes: { tabindex: '-1' } }, [
    createElement('p', { className: 'message__body', text }),
  ]);
}
