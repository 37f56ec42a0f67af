import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../app-error.ts';
import { errorBody } from './error-body.ts';
import type { Logger } from './logger.ts';

/** Hono's own exceptions (malformed JSON, body limits) keep their status; these are their codes. */
const httpExceptionCodes: Record<number, { code: string; message: string }> = {
  400: { code: 'bad-request', message: 'The request body is not valid JSON.' },
  413: { code: 'payload-too-large', message: 'The request body is too large.' },
};

/**
 * The one place errors become HTTP: an AppError's code gives the status and its user message;
 * anything else is a 500 with a generic message. Stack traces and causes go to the log only.
 */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof AppError) {
      const status = error.status as ContentfulStatusCode;
      if (status >= 500) logger.error({ ...describeRequest(c), code: error.code, err: error }, error.message);
      return c.json(errorBody(error.code, error.userMessage, error.field), status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const known = httpExceptionCodes[error.status] ?? { code: 'bad-request', message: 'Bad request.' };
      return c.json(errorBody(known.code, known.message), error.status);
    }
    logger.error({ ...describeRequest(c), err: error }, 'Unhandled error');
    return c.json(errorBody('internal', 'Something went wrong on our side. Please try again.'), 500);
  };
}

/** The route pattern, not the path: paths carry session ids, which are bearer references. */
function describeRequest(c: Context): Record<string, unknown> {
  return { method: c.req.method, route: c.req.routePath };
}
