import type { Reply } from '../../conversation/reply.ts';

/**
 * A reply of Markdown messages with no walkthrough state, as register commands answer: every
 * platform renders it like any other reply.
 */
export function textReply(...texts: string[]): Reply {
  return {
    messages: texts.map((text) => ({
      id: crypto.randomUUID(),
      role: 'assistant',
      kind: 'info',
      text,
      citations: [],
    })),
    quickReplies: [],
    progress: null,
    state: 'register',
    question: null,
    review: null,
    report: null,
  };
}

/** The same reply with a first message before it (what a command did, then the session's card). */
export function withLeadText(text: string, reply: Reply): Reply {
  const [lead] = textReply(text).messages;
  return lead === undefined ? reply : { ...reply, messages: [lead, ...reply.messages] };
}
