import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../app-error.ts';
import { chatPath, chatTooLargeMessage, maxChatBytes } from '../chat/chat-body-limit.ts';

export const maxBodyBytes = 64 * 1024;
/** A session export holds the whole transcript: a long session is far above 64 KB. */
export const maxImportBytes = 2 * 1024 * 1024;
export const importPath = '/api/sessions/import';
/** A register export holds every assessment session of every system. */
export const maxRegisterImportBytes = 32 * 1024 * 1024;
export const registerImportPath = '/api/systems/import';

function limit(maxSize: number, message: string): MiddlewareHandler {
  const tooLarge = () => {
    throw new AppError('payload-too-large', message);
  };
  const streamed = bodyLimit({ maxSize, onError: tooLarge });
  return (c, next) => {
    // A declared length is checked from the header alone, as hono's bodyLimit does, but before it
    // touches `c.req.raw.body`: on Node that getter builds a Web Request, a ReadableStream and an
    // AbortSignal per request. The HTTP parser never delivers more than the declared length.
    // Bodies without a length (chunked) are still counted as they stream.
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      const size = Number.parseInt(declared, 10);
      return Number.isNaN(size) || size <= maxSize ? next() : tooLarge();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return streamed(c, next);
  };
}

/**
 * The API's caps, for `/api/*`: 64 KB, 2 MB for session imports and 4 MB for `/api/chat`, whose
 * clients resend the whole history every turn (chat-body-limit.ts). Routes mounted beside the
 * API (the team-chat webhooks) declare their own caps, so they are not cut at 64 KB first.
 */
export function bodyLimits(): MiddlewareHandler {
  const general = limit(maxBodyBytes, 'The request body is larger than 64 KB.');
  const imports = limit(maxImportBytes, 'The session export is larger than 2 MB.');
  const chats = limit(maxChatBytes, chatTooLargeMessage);
  const registerImports = limit(maxRegisterImportBytes, 'The register export is larger than 32 MB.');
  return (c, next) => {
    if (c.req.path === importPath) return imports(c, next);
    if (c.req.path === registerImportPath) return registerImports(c, next);
    if (c.req.path === chatPath) return chats(c, next);
    return general(c, next);
  };
}
