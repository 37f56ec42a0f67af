import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { sessionIdSchema, unknownSessionMessage } from '../sessions/session-id.ts';

/**
 * Validates `:id` before any store lookup. A malformed id gets the same 404 as an unknown one,
 * so responses reveal nothing about which ids could exist.
 */
export const sessionIdParam = zValidator('param', z.object({ id: sessionIdSchema }), (result) => {
  if (!result.success) throw new AppError('not-found', unknownSessionMessage);
});
