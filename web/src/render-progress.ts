import type { WebProgress } from './response-schemas.ts';

export type ProgressElements = {
  container: HTMLElement;
  label: HTMLElement;
  bar: HTMLElement;
  fill: HTMLElement;
};

/** "Question N of M · Section: title" and the bar; hidden outside a walkthrough. */
export function renderProgress(
  elements: ProgressElements,
  progress: WebProgress | null,
  asking: boolean,
): void {
  if (progress === null || progress.total === 0) {
    elements.container.hidden = true;
    return;
  }
  const total = progress.total;
  const answered = Math.min(progress.answered, total);
  const current = asking ? Math.min(answered + 1, total) : answered;
  const position = asking ? `Question ${current} of ${total}` : `${answered} of ${total} questions answered`;
  const section = progress.section;
  const sectionText =
    section.count > 1 ? `Section ${section.index + 1} of ${section.count}: ${section.title}` : section.title;
  elements.label.textContent = `${position} · ${sectionText}`;
  elements.bar.setAttribute('aria-valuenow', String(answered));
  elements.bar.setAttribute('aria-valuemax', String(total));
  elements.bar.setAttribute('aria-valuetext', `${answered} of ${total} answered`);
  // CSSOM, not a style attribute: allowed by the page's style-src 'self'.
  elements.fill.style.width = `${Math.round((answered / total) * 100)}%`;
  elements.container.hidden = false;
}
