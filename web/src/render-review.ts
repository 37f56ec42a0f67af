import { createButton, createElement } from './create-element.ts';
import type { SendAction } from './render-quick-replies.ts';
import type { WebReview } from './response-schemas.ts';

type WebReviewItem = WebReview['items'][number];

/** Every question with its current answer, a "Change" button for each, and Submit. */
export function renderReview(review: WebReview, send: SendAction): HTMLElement[] {
  const title = createElement('h2', {
    className: 'panel__title',
    text: 'Review your answers',
    attributes: { id: 'panel-title', tabindex: '-1' },
  });
  const intro = createElement('p', {
    text: 'Check each answer. Change any of them, then submit to see your results.',
  });
  const sections: HTMLElement[] = [];
  let currentList: HTMLUListElement | undefined;
  let currentSection: string | undefined;
  for (const item of review.items) {
    if (item.sectionTitle !== currentSection || currentList === undefined) {
      currentSection = item.sectionTitle;
      currentList = createElement('ul', { className: 'review__list' });
      sections.push(
        createElement('h3', { className: 'review__section', text: item.sectionTitle }),
        currentList,
      );
    }
    const text = createElement('p', { className: 'review__text' }, [
      createElement('span', { className: 'review__prompt', text: item.prompt }),
      answerElement(item),
      ...(item.note === undefined
        ? []
        : [
            createElement('span', {
              className: 'review__note',
              text: `${item.note.kind === 'evidence' ? 'Evidence' : 'Note'}: ${item.note.text}`,
            }),
          ]),
    ]);
    const change = createButton('Change', () => send(`edit:${item.questionId}`, `Change: ${item.prompt}`), {
      className: 'button button--secondary',
      attributes: {
        'aria-label': `Change answer to: ${item.prompt}`,
        'data-action': `edit:${item.questionId}`,
      },
    });
    currentList.append(
      createElement('li', { className: 'review__item', attributes: { 'data-question': item.questionId } }, [
        text,
        change,
      ]),
    );
  }
  const submit = createButton('Submit answers', () => send('submit', 'Submit answers'), {
    className: 'button button--primary',
    attributes: { 'data-action': 'submit' },
  });
  return [title, intro, ...sections, createElement('div', { className: 'review__actions' }, [submit])];
}

// Said in words, not by colour alone: a carried answer counts for nothing until it is kept or changed.
function answerElement(item: WebReviewItem): HTMLElement {
  if (item.answer !== null) return createElement('span', { className: 'review__answer', text: item.answer });
  if (item.carriedOver !== undefined)
    return createElement('span', {
      className: 'review__answer review__answer--carried',
      text: `Carried over, not yet confirmed: ${item.carriedOver}`,
    });
  return createElement('span', {
    className: 'review__answer review__answer--missing',
    text: item.required ? 'Not answered yet (required)' : 'Not answered',
  });
}
