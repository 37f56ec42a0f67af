/** The page's one status line (`#register-status`, a live region): progress, outcomes and errors. */
export type StatusLine = {
  say(text: string, tone?: 'info' | 'error', options?: { focus?: boolean }): void;
};

export function createStatusLine(element: HTMLElement): StatusLine {
  return {
    say(text, tone = 'info', options = {}) {
      element.textContent = text;
      element.classList.toggle('status--error', tone === 'error');
      // After a redraw the control that was used is gone: focus lands where the outcome is said.
      if (options.focus === true && text !== '') element.focus();
    },
  };
}
