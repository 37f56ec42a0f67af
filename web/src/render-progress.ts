import type { WebProgress } from './response-schemas.ts';

export type ProgressElements = {
  container: HTMLElement;
  label: HTMLElement;
  bar: HTMLElement;
  fill: HTMLElement;
};

/**
 * The bar and its label; hidden outside a walkthrough. The label is the server's, the same words the
 * question card shows, so the two can never disagree; the bar fills by the questions answered.
 */
export function renderProgress(elements: ProgressElements, progress: WebProgress | null): void {
  if (progress === null || progress.total === 0) {
    elements.container.hidden = true;
    return;
  }
  const total = progress.total;
  const answered = Math.min(progress.answered, total);
  elements.label.textContent = progress.label;
  elements.bar.setAttribute('aria-valuenow', String(answered));
  elements.bar.setAttribute('aria-valuemax', String(total));
  elements.bar.setAttribute('aria-valuetext', `${answered} of ${total} answered`);
  // CSSOM, not a style attribute: allowed by the page's style-src 'self'.
  elements.fill.style.width = `${Math.round((answered / total) * 100)}%`;
  elements.container.hidden = false;
}
