import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { prepareSessionStatements } from './sqlite-session-statements.ts';

type Statements = ReturnType<typeof prepareSessionStatements>;

const boundSessionSchema = z.string().optional();

/**
 * `bindChatSession` on the Node store. A known key is a plain read (every chat turn asks); a new
 * one is bound in an immediate transaction, so of concurrent binds from any number of processes
 * the first insert wins and every caller reads that winner back.
 */
export function createSqliteChatBindings(
  database: Database.Database,
  statements: Statements,
  /** Called last inside the transaction (the guard's file check). */
  beforeCommit: () => void,
) {
  const find = (key: string): string | undefined =>
    boundSessionSchema.parse(statements.selectChatSession.get(key));

  const bindTransaction = database.transaction((key: string, sessionId: string): string => {
    statements.insertChatSession.run(key, sessionId);
    const bound = z.string().parse(statements.selectChatSession.get(key));
    beforeCommit();
    return bound;
  });

  return {
    find,
    bind: (key: string, sessionId: string) => bindTransaction.immediate(key, sessionId),
  };
}
