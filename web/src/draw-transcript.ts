import { renderImportedMessage } from './render-imported-message.ts';
import { renderAssistantMessage, renderUserMessage } from './render-message.ts';
import type { WebReplyMessage, WebTranscriptEntry } from './response-schemas.ts';

// The server records an action's quick-reply label as its text; actions the page sends itself
// have no label, so their text is the bare id. These read better.
const actionTexts: Record<string, string> = {
  explain: 'Why is this asked?',
  submit: 'Submit answers',
  restart: 'Start over',
  menu: 'Main menu',
  review: 'Review answers',
  results: 'Show the results',
};

/**
 * Redraws a stored conversation after a reload, in the order it happened. The page's own
 * `where-was-i` turns (one per earlier reload) and their repeated question are left out.
 * Entries from an imported file are drawn as what the file says, never as RAIA's own messages.
 */
export function drawTranscript(entries: WebTranscriptEntry[]): HTMLElement[] {
  const drawn: HTMLElement[] = [];
  let skipNextAssistant = false;
  for (const entry of entries) {
    if (entry.role === 'assistant') {
      if (!skipNextAssistant)
        drawn.push(...entry.messages.map((message) => renderEntryMessage(entry, message)));
      skipNextAssistant = false;
      continue;
    }
    skipNextAssistant = entry.action === 'where-was-i';
    const text = userText(entry);
    if (skipNextAssistant || text === '') continue;
    drawn.push(entry.imported === true ? renderImportedMessage('user', text) : renderUserMessage(text));
  }
  return drawn;
}

function renderEntryMessage(
  entry: { imported?: boolean | undefined },
  message: WebReplyMessage,
): HTMLElement {
  return entry.imported === true
    ? renderImportedMessage('assistant', message.text)
    : renderAssistantMessage(message);
}

function userText(entry: { text: string; action?: string | undefined }): string {
  if (entry.action === undefined || entry.text !== entry.action) return entry.text;
  if (entry.action.startsWith('edit:')) return 'Change an answer';
  // Own keys only: a recorded action such as "constructor" must not find Object.prototype's.
  return (Object.hasOwn(actionTexts, entry.action) ? actionTexts[entry.action] : undefined) ?? entry.text;
}
