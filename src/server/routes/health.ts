import { Hono } from 'hono';

/** Whether the instance can do its job; `reason` is shown to whoever asks, so no paths or secrets. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * `/healthz`: liveness and readiness in one answer, 200 `{ status: 'ok' }` or 503
 * `{ status: 'unavailable', reason }`, so a load balancer stops sending users to an instance that
 * cannot save their answers. It touches no session data; the Node store answers from its last
 * write or a cached probe, so this stays as cheap as the benchmark baseline needs.
 */
export function createHealthRoutes(readiness: () => Readiness = () => ({ ready: true })): Hono {
  return new Hono().get('/', (c) => {
    const state = readiness();
    if (state.ready) return c.json({ status: 'ok' });
    return c.json({ status: 'unavailable', reason: state.reason }, 503);
  });
}
