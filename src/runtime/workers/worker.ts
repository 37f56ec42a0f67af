import { WorkerEntrypoint, waitUntil } from 'cloudflare:workers';
import { errorBody } from '../../server/error-body.ts';
import { consoleLogger } from '../../server/logger.ts';
import { type ComposedWorkerApp, composeWorkerApp } from './compose-worker-app.ts';
import { drainUnreadBody } from './drain-unread-body.ts';
import type { WorkerEnvironment } from './worker-environment.ts';

export { DeliveryClaimObject } from './delivery-claim-object.ts';
export { RegisterObject } from './register-object.ts';
export { SessionIndexObject } from './session-index-object.ts';
export { SessionObject } from './session-object.ts';

// Composed once per isolate: the knowledge base, questionnaires and routes are reused by every
// request the isolate serves.
let composed: ComposedWorkerApp | undefined;

/**
 * Team-chat work continues after Slack's 3-second acknowledgement. The app is shared across
 * requests, so it cannot hold one request's ExecutionContext: the `waitUntil` exported by
 * cloudflare:workers extends whichever request is running when the task is handed over.
 */
function runInBackground(task: Promise<unknown>): void {
  waitUntil(
    task.catch((error: unknown) => {
      consoleLogger.error({ err: String(error) }, 'Background task failed');
    }),
  );
}

/** The Worker wrangler.toml names as `main`. */
export default class RaiaWorker extends WorkerEntrypoint<WorkerEnvironment> {
  async fetch(request: Request): Promise<Response> {
    composed ??= composeWorkerApp(this.env, runInBackground);
    if (!composed.success) {
      consoleLogger.error({ detail: composed.error }, 'RAIA is misconfigured');
      return Response.json(errorBody('internal', 'RAIA is not configured correctly.'), { status: 500 });
    }
    const response = await composed.app.fetch(request, this.env, this.ctx);
    await drainUnreadBody(request).catch((error: unknown) => {
      // The client went away mid-body: its response cannot be delivered either.
      consoleLogger.warn({ err: String(error) }, 'Could not read the rest of a request body');
    });
    return response;
  }
}
