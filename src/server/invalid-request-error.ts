import type { z } from 'zod';
import { AppError } from '../app-error.ts';

/** A 400 that names the request field at fault, so a client can point at it. */
export class InvalidRequestError extends AppError {
  declare readonly field: string;

  constructor(field: string, reason: string) {
    super('bad-request', `${field}: ${reason}`, { field });
    this.name = 'InvalidRequestError';
  }

  /** The first issue of a zod error; `body` when the whole value is wrong. */
  static fromZodError(error: { issues: readonly z.core.$ZodIssue[] }): InvalidRequestError {
    const issue = error.issues[0];
    if (issue === undefined) return new InvalidRequestError('body', 'Invalid request.');
    const path = issue.path.map(String);
    // An unknown key is reported on the object holding it; name the key itself.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return new InvalidRequestError(path.length === 0 ? 'body' : path.join('.'), issue.message);
  }
}
