import { APICallError } from 'ai';
import { ModelTimeoutError } from './call-with-timeout.ts';
import { CircuitOpenError } from './circuit-breaker.ts';

/** Where model failures are reported; src/server/logger.ts's Logger fits it. */
export interface ModelLog {
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export type ModelFailureReason =
  | 'timeout'
  | 'http-status'
  | 'network'
  | 'invalid-response'
  | 'circuit-open'
  | 'aborted'
  | 'other';

/** Provider errors that mean an answer arrived but could not be read. */
const invalidResponseErrors = new Set([
  'AI_JSONParseError',
  'AI_TypeValidationError',
  'AI_InvalidResponseDataError',
  'AI_EmptyResponseBodyError',
  'AI_NoContentGeneratedError',
]);

/**
 * What a log line says about a failed model call: the reason, the HTTP status when there is one,
 * and the error's class name. Never its message, cause or request: provider errors carry the
 * request body (the prompt with the person's words) and may quote the response.
 */
export function describeModelFailure(error: unknown): {
  reason: ModelFailureReason;
  status?: number;
  errorName: string;
} {
  const errorName = error instanceof Error ? error.name : typeof error;
  if (error instanceof CircuitOpenError) return { reason: 'circuit-open', errorName };
  if (error instanceof ModelTimeoutError || errorName === 'TimeoutError')
    return { reason: 'timeout', errorName };
  if (errorName === 'AbortError') return { reason: 'aborted', errorName };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === undefined) return { reason: 'network', errorName };
    // A 200 whose body is not a completion is an unreadable answer, not an HTTP failure.
    return { reason: status >= 400 ? 'http-status' : 'invalid-response', status, errorName };
  }
  if (invalidResponseErrors.has(errorName)) return { reason: 'invalid-response', errorName };
  return { reason: 'other', errorName };
}
