export const chatPath = '/api/chat';

/**
 * `useChat` resends the whole history with every turn. Measured in
 * tests/server/chat-stock-client.test.ts: a whole risk assessment (60 questions) with 30 Toolkit
 * questions on the way, 92 turns, ends at about 0.3 MB (the old 64 KB cap failed at turn 31);
 * every turn a 4,000-character message would make about 1 MB. 4 MB leaves room for both
 * questionnaires in one chat and still refuses absurd bodies (parsing 4 MB of flat JSON takes
 * about 65 ms here).
 */
export const maxChatBytes = 4 * 1024 * 1024;

/** Shown by the client when a chat has outgrown the limit; the answers are in the session. */
export const chatTooLargeMessage =
  'This chat has grown too long to send (its history is over 4 MB). Start a new chat: your answers so far are saved.';

/**
 * How deeply a chat body may nest. A UI message needs about a dozen levels; refusing deeper ones
 * before `JSON.parse` matters because parsing 4 MB of nested brackets takes about half a second,
 * nine times as long as 4 MB of flat JSON (measured on Node 20 here).
 */
export const maxChatJsonDepth = 64;
