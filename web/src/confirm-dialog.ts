/**
 * Opens a modal <dialog> whose form buttons carry values; resolves true only when the button
 * with `confirmValue` closed it (Escape and Cancel resolve false). The browser returns focus
 * to the button that opened it.
 */
export function confirmWithDialog(dialog: HTMLDialogElement, confirmValue: string): Promise<boolean> {
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === confirmValue), { once: true });
    dialog.showModal();
  });
}
