import type { Result } from '../../app-error.ts';
import { constantTimeEqual } from '../shared/constant-time-equal.ts';
import { findConversationSessions } from '../shared/conversation-sessions.ts';
import { type DeliveryTiming, runDeliveryOnce } from '../shared/run-delivery-once.ts';
import { answerRefusal } from '../shared/run-team-chat-message.ts';
import { runTeamChatTurn } from '../shared/run-team-chat-turn.ts';
import { teamChatCaller } from '../shared/team-chat-caller.ts';
import { toMessageId } from '../shared/to-message-id.ts';
import type { MattermostActionContext, MattermostActionRequest } from './mattermost-action-schema.ts';
import { type MattermostAdapter, mattermostConversationKey } from './mattermost-adapter.ts';
import { renderMattermostReply } from './render-mattermost-reply.ts';
import { mattermostActionLifetimeSeconds, verifyMattermostAction } from './sign-mattermost-action.ts';
import { type MattermostMessage, neutraliseMentions } from './to-mattermost.ts';

export type MattermostActionOutcome =
  | { kind: 'rejected'; reason: 'forged' | 'wrong-conversation' }
  | { kind: 'ephemeral'; body: { ephemeral_text: string } }
  | {
      kind: 'update';
      body: { update: { message: string; props: { attachments: MattermostMessage['attachments'] } } };
    };

/**
 * A button's nonce is remembered while the button verifies at all. Mattermost gives an action 30 s
 * to answer (OutgoingIntegrationRequestsTimeout), so an unfinished claim older than a minute
 * belongs to a request Mattermost has given up on.
 */
const buttonTiming: DeliveryTiming = { leaseMs: 60 * 1000, keepMs: mattermostActionLifetimeSeconds * 1000 };

export const mattermostActionTexts = {
  expired: 'This button has expired. Type `/raia` to continue.',
  used: 'This button was already used. Type `/raia` to see the current question.',
  earlier:
    'This button belongs to an earlier assessment in this channel. Type `/raia` to see the current question.',
  inProgress: 'This choice is already being recorded. If the post does not change, type `/raia` to continue.',
  notSaved:
    'RAIA could not save your choice: its storage is not answering. Please click it again in a few minutes.',
  otherUser: (userName: string) =>
    `These buttons were offered to ${userName === '' ? 'someone else' : `@${userName}`}, so RAIA records their choices as theirs. To answer yourself, type \`/raia\` here: RAIA will show you the current question with your own buttons.`,
};

/**
 * A button click: verify RAIA's signed context, check that it is used in the channel and by the
 * user it was offered to, use up the post's nonce, apply the action and replace the clicked post
 * with the reply (Mattermost lets an action answer only by updating its post or with ephemeral
 * text).
 *
 * Why bound to one user although the post is in a shared channel: Mattermost does not
 * authenticate clicks, so the `user_id` and `user_name` of a click are whatever the sender wrote.
 * The only identity Mattermost vouches for is the one on a token-authenticated slash command, so
 * buttons are signed for the user whose command produced them, and the answer is recorded as
 * that user (from the signed id and name, never the click's `user_name`). An assessment record
 * that names who answered must be true; colleagues in the channel answer by typing `/raia`,
 * which shows them the same question with buttons of their own.
 */
export async function handleMattermostAction(
  adapter: MattermostAdapter,
  request: MattermostActionRequest,
  options: { actionUrl: string },
): Promise<MattermostActionOutcome> {
  const { context } = request;
  const check = await verifyMattermostAction(adapter.actionSecret, context, adapter.context.now());
  if (!check.success && check.reason === 'forged') return { kind: 'rejected', reason: 'forged' };
  if (!check.success) return ephemeral(mattermostActionTexts.expired);
  // A real click always comes from the post's channel: anything else is a replay elsewhere.
  if (request.channel_id !== context.channel) return { kind: 'rejected', reason: 'wrong-conversation' };
  const sessions = await findConversationSessions(
    adapter.context.assistant,
    adapter.actionSecret,
    mattermostConversationKey(context.channel),
  );
  if (!sessions.success) return ephemeral(mattermostActionTexts.notSaved);
  const sessionId = sessions.data.current;
  // RAIA signed the session with the channel, so another session is an earlier one of this
  // channel's, left behind by "assess" or "reassess": its buttons no longer apply.
  if (!constantTimeEqual(sessionId, context.session)) return ephemeral(mattermostActionTexts.earlier);
  if (request.user_id !== context.user) {
    return ephemeral(neutraliseMentions(mattermostActionTexts.otherUser(context.userName)));
  }
  let outcome: MattermostActionOutcome = ephemeral(mattermostActionTexts.notSaved);
  const run = await runDeliveryOnce(
    adapter.context,
    {
      key: await toMessageId('mattermost-button', [context.nonce]),
      timing: buttonTiming,
      platform: 'mattermost',
    },
    async () => {
      const applied = await applyAction(adapter, request, {
        sessionId,
        sessionExists: sessions.data.currentExists,
        ...options,
      });
      outcome = applied.outcome;
      return applied.result;
    },
  );
  if (run.outcome === 'repeated') {
    return ephemeral(
      run.reason === 'completed' ? mattermostActionTexts.used : mattermostActionTexts.inProgress,
    );
  }
  return outcome;
}

async function applyAction(
  adapter: MattermostAdapter,
  request: MattermostActionRequest,
  options: { sessionId: string; sessionExists: boolean; actionUrl: string },
): Promise<{ outcome: MattermostActionOutcome; result: Result<null> }> {
  const { context } = request;
  const now = adapter.context.now();
  const organisationId = `mattermost:${request.team_id ?? ''}`;
  const refused = answerRefusal(teamChatCaller(adapter.context.roles, organisationId, actorOf(context)));
  if (refused !== undefined)
    return {
      outcome: ephemeral(neutraliseMentions(refused.userMessage)),
      result: { success: true, data: null },
    };
  const turn = await runTeamChatTurn(adapter.context.assistant, {
    sessionId: options.sessionId,
    sessionExists: options.sessionExists,
    owner: { organisationId, userId: context.user },
    actor: actorOf(context),
    input: { action: context.action },
    // One post answers one question: its buttons share the nonce, so they share the message id.
    messageId: await toMessageId('mattermost', [context.nonce]),
    at: now.toISOString(),
  });
  if (!turn.success) {
    adapter.context.log.warn({ code: turn.error.code, platform: 'mattermost' }, 'Team-chat turn failed');
    return { outcome: ephemeral(neutraliseMentions(turn.error.userMessage)), result: turn };
  }
  const rendered = await renderMattermostReply(adapter, turn.data, {
    ...options,
    audience: { channel: context.channel, user: context.user, userName: context.userName },
  });
  const who = context.userName === '' ? 'Someone' : `@${context.userName}`;
  const chosen = neutraliseMentions(`_${who} chose **${context.label}**._`);
  const message = `${chosen}\n\n${rendered.text}`;
  return {
    outcome: { kind: 'update', body: { update: { message, props: { attachments: rendered.attachments } } } },
    result: { success: true, data: null },
  };
}

function actorOf(context: MattermostActionContext) {
  return {
    id: context.user,
    ...(context.userName === '' ? {} : { name: context.userName }),
    channel: 'mattermost',
  };
}

function ephemeral(text: string): MattermostActionOutcome {
  return { kind: 'ephemeral', body: { ephemeral_text: text } };
}
