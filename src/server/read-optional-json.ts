import type { HonoRequest } from 'hono';
import type { z } from 'zod';
import { AppError } from '../app-error.ts';
import { InvalidRequestError } from './invalid-request-error.ts';

/**
 * Reads a body that may be absent: empty means `undefined`, anything else must be JSON matching
 * `schema` (400 naming the field otherwise). Routes with an optional body read it all the same: an
 * unread request body broke the next request on the same keep-alive connection under
 * `wrangler dev` ("Your worker restarted mid-request"), and an unchecked one hides client mistakes.
 */
export async function readOptionalJson<Schema extends z.ZodType>(
  request: HonoRequest,
  schema: Schema,
): Promise<z.infer<Schema> | undefined> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('bad-request', 'The request body is not valid JSON.', { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw InvalidRequestError.fromZodError(parsed.error);
  return parsed.data;
}
