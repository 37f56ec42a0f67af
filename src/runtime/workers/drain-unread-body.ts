import { maxImportBytes } from '../../server/middleware/body-limits.ts';

/**
 * Reads to the end a request body the app answered without reading (a refused request, a route
 * that takes no body). Under `wrangler dev` an unread body broke the next request on the same
 * keep-alive connection with a 503 "Your worker restarted mid-request", which a browser would hit
 * on its next click. Only bodies of a declared size RAIA accepts at all are read; a larger or
 * unsized one is cancelled instead, as reading it would cost more than a reconnect.
 */
export async function drainUnreadBody(request: Request): Promise<void> {
  if (request.body === null || request.bodyUsed) return;
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared <= maxImportBytes) await request.arrayBuffer();
  else await request.body.cancel();
}
