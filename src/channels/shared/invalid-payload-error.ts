import { z } from 'zod';
import { AppError } from '../../app-error.ts';

/** A 400 for a webhook payload its schema refused, naming the first field at fault. */
export function invalidPayloadError(platform: string, error: z.ZodError): AppError {
  const field = error.issues[0]?.path.join('.');
  return new AppError(
    'bad-request',
    `Invalid ${platform} payload: ${z.prettifyError(error)}`,
    field === undefined ? {} : { field },
  );
}
