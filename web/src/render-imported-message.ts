import { createElement } from './create-element.ts';

const labels = {
  user: 'Imported from a file. The file says the user wrote:',
  assistant: 'Imported from a file. The file says RAIA wrote:',
} as const;

/**
 * One message from an imported file. RAIA did not see it written, so it is never drawn as RAIA's
 * own: plain text (not Markdown, so no link in it is live and no markup takes effect), under a
 * label saying where it came from, in a style of its own.
 */
export function renderImportedMessage(role: 'user' | 'assistant', text: string): HTMLElement {
  return createElement(
    'div',
    {
      className: `message message--imported message--imported-${role}`,
      attributes: { 'data-imported': 'true' },
    },
    [
      createElement('p', { className: 'message__imported-label', text: labels[role] }),
      createElement('p', { className: 'message__body message__body--plain', text }),
    ],
  );
}
