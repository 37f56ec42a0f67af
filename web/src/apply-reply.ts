import type { ApiClient } from './api-client.ts';
import type { PageElements } from './page-elements.ts';
import { renderAssistantMessage } from './render-message.ts';
import { renderProgress } from './render-progress.ts';
import { renderQuickReplies, type SendAction } from './render-quick-replies.ts';
import { renderResults } from './render-results.ts';
import { renderReview } from './render-review.ts';
import type { WebReply } from './response-schemas.ts';

/** Where the turn came from decides where focus goes afterwards. */
export type ReplyOrigin = 'composer' | 'button' | 'system';

export type ReplyContext = {
  elements: PageElements;
  api: ApiClient;
  sessionId: string;
  send: SendAction;
  setStatus: (text: string) => void;
};

/** Draws one reply: new messages, progress, the review or results panel, the current choices. */
export function applyReply(reply: WebReply, origin: ReplyOrigin, context: ReplyContext): void {
  const { elements } = context;
  const drawn = reply.messages.map((message) => renderAssistantMessage(message));
  elements.transcript.append(...drawn);
  renderProgress(elements.progress, reply.progress);

  const shownInPanel = drawPanel(reply, context);
  elements.quickReplies.replaceChildren(...renderQuickReplies(reply, context.send, shownInPanel));
  elements.quickReplies.dataset.questionKind = reply.question?.kind ?? '';
  moveFocus(reply, origin, drawn, elements);
  // A counter scripts and tests can wait on: the reply is fully drawn once it moves.
  elements.transcript.dataset.replyCount = String(Number(elements.transcript.dataset.replyCount ?? '0') + 1);
}

function drawPanel(reply: WebReply, context: ReplyContext): Set<string> {
  const { panel } = context.elements;
  const shown = new Set<string>();
  panel.classList.remove('panel--review', 'panel--results');
  if (reply.review !== null && reply.report === null) {
    panel.replaceChildren(...renderReview(reply.review, context.send));
    panel.classList.add('panel--review');
    shown.add('submit');
    for (const item of reply.review.items) shown.add(`edit:${item.questionId}`);
  } else if (reply.report !== null) {
    panel.replaceChildren(
      ...renderResults({
        sessionId: context.sessionId,
        questionnaireId: reply.report.questionnaireId,
        summary: reply.report.summary,
        documents: reply.report.documents ?? [],
        api: context.api,
        onStatus: context.setStatus,
      }),
    );
    panel.classList.add('panel--results');
  } else {
    panel.replaceChildren();
  }
  panel.hidden = panel.childElementCount === 0;
  if (panel.hidden) panel.removeAttribute('aria-labelledby');
  else panel.setAttribute('aria-labelledby', 'panel-title');
  return shown;
}

// Keyboard users land on what changed: the review or results heading, the new question (Tab
// then reaches its answers), or the message box where an answer or question is to be typed.
// Typing keeps the caret put.
function moveFocus(reply: WebReply, origin: ReplyOrigin, drawn: HTMLElement[], elements: PageElements): void {
  if (origin === 'system') return;
  const panelTitle = elements.panel.hidden ? null : elements.panel.querySelector<HTMLElement>('#panel-title');
  if (panelTitle !== null) {
    panelTitle.focus();
    return;
  }
  const typingExpected =
    reply.state === 'ask' || reply.question?.kind === 'text' || reply.question?.kind === 'number';
  if (origin === 'composer' || typingExpected) {
    elements.composerInput.focus();
    elements.composer.scrollIntoView({ block: 'nearest' });
    return;
  }
  const question = drawn.findLast((message) => message.dataset.kind === 'question');
  const target = question ?? drawn.at(-1);
  if (target !== undefined) target.focus();
  else elements.composerInput.focus();
}
