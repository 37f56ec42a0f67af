import { AppError, type Result } from '../app-error.ts';

/**
 * Store failures (disk full, locked database) arrive as AppError('store-unavailable') from the
 * store; anything else is a defect. Either way nothing was saved, and the user is told so.
 */
export async function guardStore<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return { success: false, error };
    return {
      success: false,
      error: new AppError(
        'internal',
        'Something went wrong and your last message was not saved. Please try again.',
        {
          cause: error,
        },
      ),
    };
  }
}

/** Another process saved the session between two attempts of ours: the change was not made. */
export function concurrentChangeError(): AppError {
  return new AppError('conflict', 'This session was changed at the same time elsewhere. Please try again.');
}
