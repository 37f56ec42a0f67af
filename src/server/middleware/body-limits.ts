import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../app-error.ts';

export const maxBodyBytes = 64 * 1024;
/** A session export holds the whole transcript: a long session is far above 64 KB. */
export const maxImportBytes = 2 * 1024 * 1024;
export const importPath = '/api/sessions/import';
/**
 * Team-chat webhooks cap their own bodies (Slack 1 MB: interaction payloads carry the clicked
 * message; Mattermost and Teams 256 KB) and must not be cut at 64 KB first.
 */
export const ownBodyLimitPrefixes = ['/slack/', '/mattermost/', '/teams/'] as const;

function limit(maxSize: number, message: string): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload-too-large', message);
    },
  });
}

/** 64 KB everywhere, 2 MB for session imports, and the webhooks' own caps under their prefixes. */
export function bodyLimits(): MiddlewareHandler {
  const general = limit(maxBodyBytes, 'The request body is larger than 64 KB.');
  const imports = limit(maxImportBytes, 'The session export is larger than 2 MB.');
  return (c, next) => {
    const path = c.req.path;
    if (ownBodyLimitPrefixes.some((prefix) => path.startsWith(prefix))) return next();
    return path === importPath ? imports(c, next) : general(c, next);
  };
}
