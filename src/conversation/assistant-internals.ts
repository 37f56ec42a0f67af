import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { PassageLookup } from '../reports/passage-lookup.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { AuditEntry } from './session-data.ts';
import type { SessionDataCache } from './session-data-cache.ts';

/**
 * What create-assistant.ts shares with the files that implement groups of the Assistant's methods
 * (review-methods.ts, reassess-methods.ts), so each group lives in its own file.
 */
export type AssistantInternals = {
  store: SessionStore;
  questionnaires: QuestionnaireRegistry;
  /** Blobs this process saved or validated (session-data-cache.ts): remember each one you save. */
  sessions: SessionDataCache;
  /** Serialises changes to one session in this process (session-locks.ts). */
  withSessionLock: <T>(sessionId: string, work: () => Promise<T>) => Promise<T>;
  now: () => Date;
  generateId: () => string;
  /** Told of every audited change after it is saved. */
  onAudit: ((sessionId: string, entries: readonly AuditEntry[]) => void) | undefined;
  reportPassages: PassageLookup;
  reports: { agencyName?: string | undefined; timeZone?: string | undefined } | undefined;
};
