import type { Reply } from '../../conversation/reply.ts';

const helpHint = 'You can say *help* at any time to see what I can do.';

/**
 * The first message in a new conversation, when it already asks for something: one reply that
 * opens with the greeting's first paragraph (who RAIA is) and a pointer to `help`, then the
 * answer with its own choices. Posting the whole greeting first would send two messages, the
 * first offering a menu the request has already moved past.
 */
export function withIntroduction(greeting: Reply, reply: Reply): Reply {
  const [first] = greeting.messages;
  if (first === undefined) return reply;
  const introduction = first.text.split(/\n[ \t]*\n/)[0]?.trim() ?? '';
  return {
    ...reply,
    messages: [
      { ...first, kind: 'greeting', text: `${introduction} ${helpHint}`, citations: [] },
      ...reply.messages,
    ],
  };
}
