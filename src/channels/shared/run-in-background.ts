import type { TeamChatLog } from './team-chat-context.ts';

/**
 * The Node default for work after the acknowledgement: fire and forget, logging failures.
 * Workers must pass `executionCtx.waitUntil` instead, or the isolate may stop mid-task.
 */
export function createBackgroundRunner(log: TeamChatLog): (task: Promise<unknown>) => void {
  return (task) => {
    task.catch((error: unknown) => {
      log.error({ err: error }, 'Team-chat background task failed');
    });
  };
}

/** The default pause before retrying a rate-limited call. */
export function waitFor(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
