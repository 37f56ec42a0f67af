import { createElement } from './create-element.ts';
import { composerLimitStatus } from './text-limits.ts';

/**
 * Free text is always allowed. Enter sends and Shift+Enter adds a line; an IME composition's
 * Enter only confirms the composition. `onSend` returns false when the text was not taken
 * (a turn is still in flight), so the draft stays in the box. Near a limit the box counts
 * characters and names the limit; text over the message limit is never cut and never sent, it
 * stays in the box until it fits. `questionKind` tells which limit comes first.
 */
export function bindComposer(
  form: HTMLFormElement,
  input: HTMLTextAreaElement,
  onSend: (text: string) => boolean,
  questionKind: () => string = () => '',
): void {
  const counter = createElement('p', {
    className: 'composer__count',
    attributes: { id: 'composer-count', 'aria-live': 'polite' },
  });
  counter.hidden = true;
  form.append(counter);
  input.setAttribute(
    'aria-describedby',
    `${input.getAttribute('aria-describedby') ?? ''} composer-count`.trim(),
  );
  const update = () => {
    const status = composerLimitStatus(input.value.trim().length, questionKind());
    counter.textContent = status.text;
    counter.hidden = status.text === '';
    counter.classList.toggle('composer__count--over', status.blocked);
    input.setAttribute('aria-invalid', String(status.blocked));
    return status;
  };

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '' || update().blocked) {
      input.focus();
      return;
    }
    if (onSend(text)) {
      input.value = '';
      update();
    }
  });
}
