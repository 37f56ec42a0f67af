import type { Assistant } from '../../conversation/assistant.ts';

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
}
