/**
 * A deferred gate for concurrency tests: `reached` resolves when work arrives at the gate, and the
 * work waits in `pass()` until the test calls `open()`. No sleeps.
 */
export function createGate() {
  let open: () => void = () => undefined;
  let arrive: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const reached = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return {
    /** Called by the work under test: signals arrival, then waits until the gate opens. */
    async pass(): Promise<void> {
      arrive();
      await opened;
    },
    reached,
    open: () => open(),
  };
}
