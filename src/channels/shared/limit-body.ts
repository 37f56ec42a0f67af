import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../app-error.ts';

/**
 * A platform's own cap on webhook bodies, declared once in its routes. The app's error handler
 * answers the 413; /api's smaller caps never reach the webhooks, as they sit on /api only.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('payload-too-large', 'The request body is too large.');
    },
  });
}
