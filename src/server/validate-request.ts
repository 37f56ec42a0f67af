import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { InvalidRequestError } from './invalid-request-error.ts';

/**
 * `zValidator` whose failures become an `InvalidRequestError` (400 naming the field) handled by
 * the app's error handler, instead of zod-validator's default body, which leaks zod internals.
 */
export function validateRequest<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw InvalidRequestError.fromZodError(result.error);
  });
}
