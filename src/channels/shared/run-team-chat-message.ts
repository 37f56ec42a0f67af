import { type AgencyCaller, requirePermission } from '../../agency/agency-caller.ts';
import { AppError, type Result } from '../../app-error.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Actor } from '../../questionnaires/answers.ts';
import { conversationSessionId, findConversationSessions } from './conversation-sessions.ts';
import { parseRegisterCommand } from './register-command.ts';
import { runRegisterCommand } from './run-register-command.ts';
import { runTeamChatTurn } from './run-team-chat-turn.ts';
import { teamChatCaller } from './team-chat-caller.ts';
import type { TeamChatContext } from './team-chat-context.ts';

export interface TeamChatMessage {
  /** Keys the conversation's session ids (a secret RAIA holds for the platform). */
  secret: string;
  /** The conversation, e.g. `['slack', teamId, channelId, threadTs]` (see derive-session-id.ts). */
  conversationKey: readonly string[];
  /** The platform organisation (`slack:<team>`) and user: the owner of sessions made here. */
  owner: { organisationId: string; userId: string };
  actor: Actor;
  input: { text: string } | { action: string };
  /** The platform's stable delivery id: a retry of the same delivery is applied once. */
  messageId: string | undefined;
  at: string;
}

/**
 * One team-chat message, whatever the platform: a register command ("list our systems",
 * "assess Face match", "sign off approved: …") goes to the agency service with the person's roles;
 * anything else is a walkthrough turn in the conversation's current session, which needs a role
 * that may answer (RAIA_ROLES; unset, everyone may). Returns the session the reply belongs to.
 */
export async function runTeamChatMessage(
  context: TeamChatContext,
  message: TeamChatMessage,
): Promise<{ sessionId: string; turn: Result<Reply> }> {
  const found = await findConversationSessions(context.assistant, message.secret, message.conversationKey);
  if (!found.success)
    return {
      sessionId: await conversationSessionId(message.secret, message.conversationKey, 0),
      turn: found,
    };
  const sessions = found.data;
  const caller = teamChatCaller(context.roles, message.owner.organisationId, message.actor);
  const command = 'text' in message.input ? parseRegisterCommand(message.input.text) : undefined;
  if (command !== undefined && context.agency !== undefined) {
    const { agency } = context;
    const outcome = await refusalsAsResults(() =>
      runRegisterCommand(
        {
          agency,
          assistant: context.assistant,
          caller,
          owner: message.owner,
          sessions,
          timeZone: context.timeZone,
        },
        command,
      ),
    );
    // Undefined: not a command after all, but an answer that reads like one (see isAnsweringHere).
    if (outcome !== undefined)
      return outcome.success
        ? { sessionId: outcome.data.sessionId, turn: { success: true, data: outcome.data.reply } }
        : { sessionId: sessions.current, turn: outcome };
  }
  const refused = answerRefusal(caller);
  if (refused !== undefined) return { sessionId: sessions.current, turn: { success: false, error: refused } };
  const turn = await runTeamChatTurn(context.assistant, {
    sessionId: sessions.current,
    sessionExists: sessions.currentExists,
    owner: message.owner,
    actor: message.actor,
    input: message.input,
    messageId: message.messageId,
    at: message.at,
  });
  return { sessionId: sessions.current, turn };
}

/** Why this person may not answer (a reader, say), or undefined when they may. */
export function answerRefusal(caller: Pick<AgencyCaller, 'roles'>): AppError | undefined {
  try {
    requirePermission(caller, 'answer');
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

/** The agency's permission checks throw AppError; here they become the refusal the person reads. */
async function refusalsAsResults<T>(
  work: () => Promise<T>,
): Promise<T | { success: false; error: AppError }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return { success: false, error };
    throw error;
  }
}
