import { renderAssistantMessage, renderUserMessage } from './render-message.ts';
import type { WebTranscriptEntry } from './response-schemas.ts';

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
 */
export function drawTranscript(entries: WebTranscriptEntry[]): HTMLElement[] {
  const drawn: HTMLElement[] = [];
  let skipNextAssistant = false;
  for (const entry of entries) {
    if (entry.role === 'assistant') {
      if (!skipNextAssistant) drawn.push(...entry.messages.map((message) => renderAssistantMessage(message)));
      skipNextAssistant = false;
      continue;
    }
    skipNextAssistant = entry.action === 'where-was-i';
    const text = userText(entry);
    if (!skipNextAssistant && text !== '') drawn.push(renderUserMessage(text));
  }
  return drawn;
}

function userText(entry: { text: string; action?: string | undefined }): string {
  if (entry.action === undefined || entry.text !== entry.action) return entry.text;
  if (entry.action.startsWith('edit:')) return 'Change an answer';
  return actionTexts[entry.action] ?? entry.text;
}
