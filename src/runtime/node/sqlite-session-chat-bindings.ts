import { z } from 'zod';
import type { prepareSessionStatements } from './sqlite-session-statements.ts';

type Statements = ReturnType<typeof prepareSessionStatements>;

const boundSessionSchema = z.string().optional();

/**
 * `bindChatSession` on the Node store. A known key is a plain read (every chat turn asks); a new
 * one is bound inside the store's group commit (a savepoint of its `BEGIN IMMEDIATE` batch), so of
 * concurrent binds from any number of processes the first insert wins and every caller reads that
 * winner back.
 */
export function createSqliteChatBindings(statements: Statements) {
  const find = (key: string): string | undefined =>
    boundSessionSchema.parse(statements.selectChatSession.get(key));

  return {
    find,
    bind(key: string, sessionId: string): string {
      statements.insertChatSession.run(key, sessionId);
      return z.string().parse(statements.selectChatSession.get(key));
    },
  };
}
