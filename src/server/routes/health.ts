import { Hono } from 'hono';

/** Liveness for load balancers and the crash-recovery test; touches no storage. */
export function createHealthRoutes(): Hono {
  return new Hono().get('/', (c) => c.json({ status: 'ok' }));
}
