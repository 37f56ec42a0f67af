import type { AgencyService } from '../../agency/create-agency-service.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import type { RoleDirectory } from '../../register/roles.ts';

/** Where team-chat adapters report failures; src/server/logger.ts's Logger fits it. */
export interface TeamChatLog {
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** What every platform adapter needs besides its own secrets; all of it injected for tests. */
export interface TeamChatContext {
  assistant: Assistant;
  now: () => Date;
  /** Keeps work alive after the HTTP acknowledgement (Workers: `executionCtx.waitUntil`). */
  runInBackground: (task: Promise<unknown>) => void;
  fetch: typeof fetch;
  /** Waits before retrying a rate-limited call; tests pass one that resolves at once. */
  wait: (milliseconds: number) => Promise<void>;
  log: TeamChatLog;
  /** RAIA_PUBLIC_URL without a trailing slash, for report links. */
  publicUrl: string | undefined;
  /** The register and its process; undefined: register commands are not offered (plain walkthrough). */
  agency: AgencyService | undefined;
  /** RAIA_ROLES: what each platform user may do (unset: everyone everything). */
  roles: RoleDirectory;
  /** RAIA_TIME_ZONE, for the days register replies name. */
  timeZone: string;
}
