import type { AuditEntry } from '../conversation/session-data.ts';
import type { Logger } from './logger.ts';
import { sessionReference } from './session-reference.ts';

/**
 * `createAssistant`'s onAudit hook as log lines: who changed which answer of which session, when,
 * through which channel. Never the answer: audit entries do not carry it, and nothing is added.
 */
export function createAuditLog(logger: Logger) {
  return (sessionId: string, entries: readonly AuditEntry[]): void => {
    for (const entry of entries) {
      logger.info(
        {
          event: 'answer.changed',
          change: entry.event,
          sessionId: sessionReference(sessionId),
          questionnaireId: entry.questionnaireId,
          questionId: entry.questionId,
          actorId: entry.actor?.id ?? 'anonymous',
          channel: entry.actor?.channel ?? 'http',
          at: entry.at,
        },
        'answer changed',
      );
    }
  };
}
