import type { Result } from '../app-error.ts';
import type { Assistant } from '../conversation/assistant.ts';
import type { RegisterStore } from '../register/register-store.ts';
import type { SystemRecord } from '../register/system-record-schema.ts';
import type { AgencyCaller } from './agency-caller.ts';
import type { SystemOverview } from './system-overview.ts';

/** What the agency service's method groups share (create-agency-service.ts builds it). */
export type AgencyContext = {
  assistant: Assistant;
  registerStore: RegisterStore;
  now: () => Date;
  generateId: () => string;
  timeZone: string;
  /** Turns a thrown AppError (a refused role, a store failure) into a failed Result. */
  guard: <T>(work: () => Promise<Result<T>>) => Promise<Result<T>>;
  overviewOf: (system: SystemRecord) => Promise<SystemOverview>;
  systemOfSession: (caller: AgencyCaller, sessionId: string) => Promise<SystemRecord | null>;
};
