import type { Actor } from '../questionnaires/answers.ts';
import type { Reply } from './reply.ts';
import { processedMessageLimit, type SessionData } from './session-data.ts';

export type TurnRecord = {
  at: string;
  text?: string | undefined;
  action?: string | undefined;
  actor?: Actor | undefined;
  messageId?: string | undefined;
  fingerprint: string;
};

/** Appends the user's turn and the reply to the transcript, and remembers the message id. */
export function recordTurn(data: SessionData, turn: TurnRecord, reply: Reply): SessionData {
  const label =
    turn.action === undefined
      ? undefined
      : data.lastQuickReplies.find((quick) => quick.id === turn.action)?.label;
  const userEntry = {
    role: 'user' as const,
    at: turn.at,
    text: turn.text ?? label ?? turn.action ?? '',
    ...(turn.action === undefined ? {} : { action: turn.action }),
    ...(turn.actor === undefined ? {} : { actor: turn.actor }),
  };
  const processed =
    turn.messageId === undefined
      ? data.processed
      : [...data.processed, { messageId: turn.messageId, fingerprint: turn.fingerprint, reply }].slice(
          -processedMessageLimit,
        );
  return {
    ...data,
    transcript: [...data.transcript, userEntry, { role: 'assistant', at: turn.at, messages: reply.messages }],
    processed,
    lastQuickReplies: reply.quickReplies,
  };
}
