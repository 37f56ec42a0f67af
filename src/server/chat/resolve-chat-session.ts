import type { Assistant, SessionOwner } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';
import { createSessionId, isSessionId } from '../../sessions/session-id.ts';
import { accessError, authorizeSession } from '../access/authorize-session.ts';
import type { AccessVariables } from '../access/principal.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { chatSessionKey } from './chat-session-key.ts';

export interface ChatSession {
  sessionId: string;
  /** The greeting when this request started the session, else null. */
  greeting: Reply | null;
}

/**
 * The RAIA session a `useChat` chat id names. A RAIA session id (from `POST /api/sessions`) is
 * that session, checked like any other. Any other id is the client's own (the AI SDK makes
 * 16-character ones): it is bound, durably in the session store, to a fresh session of the
 * caller's, so the first request starts it and later ones continue it. The session id stays a
 * 256-bit random one whatever the client chose: a short or guessable chat id never becomes a
 * guessable session id.
 */
export async function resolveChatSession(
  assistant: Assistant,
  chatId: string,
  caller: Pick<AccessVariables, 'principal' | 'authentication'>,
): Promise<ChatSession> {
  // The owner just read is the one checked: no second read for the check.
  const checked = (sessionId: string, owner: SessionOwner): ChatSession => {
    const refused = accessError(owner, caller, 'write');
    if (refused !== undefined) throw refused;
    return { sessionId, greeting: null };
  };
  if (isSessionId(chatId)) {
    const existing = await assistant.ownerOf(chatId);
    if (existing.success) return checked(chatId, existing.data);
    if (existing.error.code !== 'not-found') throw existing.error;
  }
  const key = await chatSessionKey(chatId, caller.principal);
  const sessionId = unwrapResult(await assistant.bindChatSession(key, createSessionId()));
  // ownerOf first: every later turn of the chat finds its session with a read, not a failed create.
  const bound = await assistant.ownerOf(sessionId);
  if (bound.success) return checked(sessionId, bound.data);
  if (bound.error.code !== 'not-found') throw bound.error;
  const created = await assistant.createSession({ sessionId, owner: caller.principal });
  if (created.success) return { sessionId, greeting: created.data.reply };
  // A concurrent first message of the same chat created it already: then it is checked as known.
  if (created.error.code !== 'conflict') throw created.error;
  await authorizeSession(assistant, sessionId, caller, 'write');
  return { sessionId, greeting: null };
}
