import type { AppError, Result } from '../app-error.ts';

/** Routes throw a failed result's AppError so the one error handler maps it to HTTP. */
export function unwrapResult<T>(result: Result<T, AppError>): T {
  if (!result.success) throw result.error;
  return result.data;
}
