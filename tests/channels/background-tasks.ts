/**
 * Collects the work routes hand to `runInBackground`, so a test can wait for exactly that work
 * (a deferred gate) instead of sleeping.
 */
export function createBackgroundTasks() {
  const pending: Promise<unknown>[] = [];
  return {
    run: (task: Promise<unknown>) => {
      pending.push(task);
    },
    /** Waits until every task, including tasks started by tasks, has finished; rethrows failures. */
    async settle(): Promise<void> {
      while (pending.length > 0) await Promise.all(pending.splice(0));
    },
    get count() {
      return pending.length;
    },
  };
}
