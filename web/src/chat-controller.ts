import type { ApiClient, ApiError, TurnBody } from './api-client.ts';
import { applyReply, type ReplyOrigin } from './apply-reply.ts';
import { confirmWithDialog } from './confirm-dialog.ts';
import { createButton } from './create-element.ts';
import { drawTranscript } from './draw-transcript.ts';
import type { PageElements } from './page-elements.ts';
import { renderPageNotice, renderUserMessage } from './render-message.ts';
import type { WebReply } from './response-schemas.ts';
import { clearSessionReference, readSessionReference, saveSessionReference } from './session-reference.ts';

// Statuses meaning "this session is gone or was never valid": start a new one instead.
const sessionGoneStatuses = new Set([400, 403, 404]);

/** Owns the session: starts or resumes it, sends turns one at a time, deletes it. */
export function createChatController(elements: PageElements, api: ApiClient) {
  let sessionId: string | undefined;
  let busy = false;
  // The server's dotted state name (`menu`, `risk.asking`, ...): decides what "Start over" means.
  let state = '';

  const setStatus = (text: string, tone: 'info' | 'error' = 'info') => {
    elements.status.textContent = text;
    elements.status.classList.toggle('status--error', tone === 'error');
  };
  const notice = (text: string, tone: 'notice' | 'error' = 'notice') =>
    elements.transcript.append(renderPageNotice(text, tone));
  const sendAction = (action: string, label: string) => void send({ action }, label, 'button');

  function show(reply: WebReply, origin: ReplyOrigin, id: string): void {
    state = reply.state;
    applyReply(reply, origin, { elements, api, sessionId: id, send: sendAction, setStatus });
  }

  function offerRetry(error: ApiError): void {
    notice(`${error.message} Nothing was lost: try again.`, 'error');
    setStatus(error.message, 'error');
    elements.quickReplies.replaceChildren(
      createButton('Try again', () => void start(), { className: 'button' }),
    );
  }

  async function startFresh(message?: string): Promise<void> {
    const created = await api.createSession();
    if (!created.success) return offerRetry(created.error);
    sessionId = created.data.sessionId;
    saveSessionReference(sessionId);
    if (message !== undefined) notice(message);
    show(created.data.reply, 'system', sessionId);
  }

  async function resume(savedId: string): Promise<void> {
    const view = await api.getSession(savedId);
    if (!view.success) {
      if (!sessionGoneStatuses.has(view.error.status)) return offerRetry(view.error);
      clearSessionReference();
      return startFresh(
        'Your earlier session could not be found (it may have expired or been deleted), so a new one has started.',
      );
    }
    sessionId = savedId;
    saveSessionReference(savedId);
    elements.transcript.replaceChildren(...drawTranscript(view.data.transcript));
    const welcome = renderPageNotice(
      'Welcome back. Your earlier conversation is above; here is where you left off.',
      'notice',
    );
    elements.transcript.append(welcome);
    // where-was-i repeats the current question and its choices without changing anything.
    const current = await api.sendTurn(savedId, { action: 'where-was-i' });
    if (current.success) show(current.data, 'system', savedId);
    else offerRetry(current.error);
    // A long conversation is redrawn above: bring where it stands into view, not its first line.
    // At once, not smoothly: gliding past thousands of pixels on every reload helps nobody.
    welcome.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  async function start(): Promise<void> {
    setStatus('');
    const savedId = readSessionReference();
    if (savedId === undefined) await startFresh();
    else await resume(savedId);
  }

  async function send(body: TurnBody, label: string, origin: ReplyOrigin): Promise<void> {
    if (busy || sessionId === undefined) return;
    busy = true;
    elements.transcript.append(renderUserMessage(label));
    setStatus('RAIA is replying…');
    const id = sessionId;
    const result = await api.sendTurn(id, body);
    busy = false;
    if (result.success) {
      setStatus('');
      show(result.data, origin, id);
    } else if (result.error.status === 404) {
      restoreDraft(body);
      clearSessionReference();
      await startFresh(
        'This session no longer exists (it may have expired or been deleted), so a new one has started.',
      );
    } else {
      notice(result.error.message, 'error');
      setStatus(`${result.error.message} Your choices are still below.`, 'error');
      restoreDraft(body);
    }
  }

  // Typed words are never lost: text that was not taken goes back into the box (unless a new draft is there).
  function restoreDraft(body: TurnBody): void {
    if (!('text' in body) || elements.composerInput.value.trim() !== '') return;
    elements.composerInput.value = body.text;
    elements.composerInput.dispatchEvent(new Event('input'));
  }

  // Inside a questionnaire, `restart` clears its answers at once, so it is confirmed first;
  // elsewhere there is nothing to clear and starting over means the main menu.
  async function startOver(): Promise<void> {
    if (busy) return;
    if (!state.includes('.')) return send({ action: 'menu' }, 'Start over', 'button');
    if (await confirmWithDialog(elements.confirmRestart, 'restart')) {
      await send({ action: 'restart' }, 'Start over', 'button');
    }
  }

  async function deleteData(): Promise<void> {
    if (busy || !(await confirmWithDialog(elements.confirmDelete, 'delete'))) return;
    busy = true;
    const deleted = sessionId === undefined ? undefined : await api.deleteSession(sessionId);
    busy = false;
    if (deleted !== undefined && !deleted.success && deleted.error.status !== 404) {
      setStatus(`Your data could not be deleted: ${deleted.error.message}`, 'error');
      return;
    }
    sessionId = undefined;
    clearSessionReference();
    elements.transcript.replaceChildren();
    await startFresh('Your data was deleted from RAIA. A new, empty session has started.');
    elements.composerInput.focus();
  }

  return {
    start,
    sendText(text: string): boolean {
      if (busy || sessionId === undefined) return false;
      void send({ text }, text, 'composer');
      return true;
    },
    startOver: () => void startOver(),
    deleteData: () => void deleteData(),
  };
}
