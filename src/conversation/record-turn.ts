import type { Actor } from '../questionnaires/answers.ts';
import type { Reply } from './reply.ts';
import type { SessionData, TranscriptEntry } from './session-data.ts';

export type TurnRecord = {
  at: string;
  text?: string | undefined;
  action?: string | undefined;
  /** What the clicked action showed (see action-label.ts), recorded as the user's words. */
  label?: string | undefined;
  actor?: Actor | undefined;
};

/** The data to save after a turn, and the transcript entries the save appends to the log. */
export type RecordedTurn = { data: SessionData; transcript: TranscriptEntry[] };

/** The user's turn and the reply, as transcript entries; the data remembers the reply's buttons. */
export function recordTurn(data: SessionData, turn: TurnRecord, reply: Reply): RecordedTurn {
  const label =
    turn.action === undefined
      ? undefined
      : (turn.label ?? data.lastQuickReplies.find((quick) => quick.id === turn.action)?.label);
  const userEntry: TranscriptEntry = {
    role: 'user',
    at: turn.at,
    text: turn.text ?? label ?? turn.action ?? '',
    ...(turn.action === undefined ? {} : { action: turn.action }),
    ...(turn.actor === undefined ? {} : { actor: turn.actor }),
  };
  const recorded = recordReply(data, turn.at, reply);
  return { data: recorded.data, transcript: [userEntry, ...recorded.transcript] };
}

/** A reply on its own, with no user turn before it (the greeting of a new session). */
export function recordReply(data: SessionData, at: string, reply: Reply): RecordedTurn {
  return {
    data: { ...data, lastQuickReplies: reply.quickReplies },
    transcript: [{ role: 'assistant', at, messages: reply.messages }],
  };
}
