import type { Result } from '../../app-error.ts';
import type { Assistant, SessionOwner } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Actor } from '../../questionnaires/answers.ts';
import { ensureSession } from './ensure-session.ts';
import { withIntroduction } from './with-introduction.ts';

export interface TeamChatTurn {
  sessionId: string;
  /** True when the caller has just seen the session exist: it is not looked up again. */
  sessionExists?: boolean;
  /** Used only when this turn opens the session. */
  owner: SessionOwner;
  actor: Actor;
  /** Free text, or a quick-reply action id. */
  input: { text: string } | { action: string };
  /** The platform's stable delivery id: a retry of the same delivery is applied once. */
  messageId: string | undefined;
  at: string;
}

/**
 * One team-chat message through the shared core: open the session if needed, apply the turn,
 * and return the one reply to post (introduced by the greeting's first paragraph when the
 * session is new), so every platform answers a message with one message.
 */
export async function runTeamChatTurn(assistant: Assistant, turn: TeamChatTurn): Promise<Result<Reply>> {
  const opened =
    turn.sessionExists === true
      ? { success: true as const, data: { greeting: null } }
      : await ensureSession(assistant, { sessionId: turn.sessionId, owner: turn.owner, at: turn.at });
  if (!opened.success) return opened;
  const { greeting } = opened.data;
  const isBareMention = 'text' in turn.input && turn.input.text.trim() === '';
  // A bare mention (`@RAIA`, `/raia`) opens the session, or shows where the conversation stands.
  if (isBareMention && greeting !== null) return { success: true, data: greeting };
  const input = isBareMention ? { action: 'where-was-i' } : turn.input;
  const handled = await assistant.handleTurn({
    sessionId: turn.sessionId,
    ...input,
    ...(turn.messageId === undefined ? {} : { messageId: turn.messageId }),
    actor: turn.actor,
    at: turn.at,
  });
  if (!handled.success) return handled;
  return { success: true, data: greeting === null ? handled.data : withIntroduction(greeting, handled.data) };
}
