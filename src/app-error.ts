/**
 * Unexpected or refused operations become an AppError with a code; the code is mapped once
 * (in src/server/error-handler.ts) to an HTTP status and a user-facing message.
 */
export const appErrorCodes = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'rate-limited': 429,
  'store-unavailable': 503,
  'model-unavailable': 503,
  internal: 500,
} as const;
export type AppErrorCode = keyof typeof appErrorCodes;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Safe to show to the user: never contains stack traces, answer text or secrets. */
  readonly userMessage: string;
  /** The request field at fault, when one is, so a client (or a platform's log) can point at it. */
  readonly field: string | undefined;

  constructor(code: AppErrorCode, userMessage: string, options?: { cause?: unknown; field?: string }) {
    super(userMessage, options);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.field = options?.field;
  }

  get status(): number {
    return appErrorCodes[this.code];
  }
}

export type Result<T, E = AppError> = { success: true; data: T } | { success: false; error: E };
