import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../app-error.ts';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * JSON routes refuse other content types with 415. Besides clear errors, this is the CSRF guard:
 * a cross-site form can only send form or text/plain bodies, never application/json.
 * With `bodyOptional` (routes that read no body), a request without a content type passes.
 */
export function requireJson(options: { bodyOptional?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const contentType = c.req.header('content-type');
    if (contentType === undefined && options.bodyOptional === true) return next();
    const mediaType = contentType?.split(';')[0]?.trim() ?? '';
    if (!jsonMediaType.test(mediaType)) {
      throw new AppError('unsupported-media-type', 'Send the request body as application/json.');
    }
    return next();
  };
}
