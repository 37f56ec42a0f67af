/**
 * Free text is always allowed. Enter sends and Shift+Enter adds a line; an IME composition's
 * Enter only confirms the composition. `onSend` returns false when the text was not taken
 * (a turn is still in flight), so the draft stays in the box.
 */
export function bindComposer(
  form: HTMLFormElement,
  input: HTMLTextAreaElement,
  onSend: (text: string) => boolean,
): void {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') {
      input.focus();
      return;
    }
    if (onSend(text)) input.value = '';
  });
}
