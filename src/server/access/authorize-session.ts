import type { MiddlewareHandler } from 'hono';
import { requirePermission } from '../../agency/agency-caller.ts';
import { AppError } from '../../app-error.ts';
import type { Assistant, SessionOwner } from '../../conversation/assistant.ts';
import { unwrapResult } from '../unwrap-result.ts';
import type { AccessEnvironment, AccessVariables } from './principal.ts';

/** `report`: the HTML/Markdown/JSON report, the one thing team-chat messages link to. */
export type SessionAccess = 'read' | 'write' | 'report';

const forbiddenMessage = 'This session belongs to another organisation.';

/**
 * Who may use a session through the HTTP API:
 * - access control on: only principals of the owner's organisation; sessions without an owner
 *   (made before tokens were turned on) are refused too.
 * - access control off (localhost use): sessions without an owner are open to whoever has the id;
 *   owned sessions (team chat, or made while tokens were on) only show their report, which
 *   team-chat messages link to. Answering, reading the transcript, exporting or deleting a Slack
 *   thread's session through the API would bypass the platform's own identity checks.
 */
export function isAllowed(
  owner: SessionOwner,
  caller: Pick<AccessVariables, 'principal' | 'authentication'>,
  access: SessionAccess,
): boolean {
  if (caller.authentication === 'off') return owner === null || access === 'report';
  if (owner === null || caller.principal === null) return false;
  return owner.organisationId === caller.principal.organisationId;
}

/** Checks the session's owner (`assistant.ownerOf`) before the route touches anything else. */
export function requireSessionAccess(
  assistant: Assistant,
  access: SessionAccess,
): MiddlewareHandler<AccessEnvironment> {
  return async (c, next) => {
    await authorizeSession(assistant, c.req.param('id') ?? '', c.var, access);
    requireRoleFor(c.var, access);
    return next();
  };
}

/**
 * Roles on top of the organisation check: changing a session (`write`) needs a role that answers;
 * reading needs any role. A reader is refused before anything is read or changed.
 */
export function requireRoleFor(caller: Pick<AccessVariables, 'roles'>, access: SessionAccess): void {
  if (access === 'report') return;
  requirePermission(caller, access === 'write' ? 'answer' : 'read');
}

/** Throws not-found for an unknown session and forbidden for someone else's. */
export async function authorizeSession(
  assistant: Assistant,
  sessionId: string,
  caller: Pick<AccessVariables, 'principal' | 'authentication'>,
  access: SessionAccess,
): Promise<void> {
  const refused = accessError(unwrapResult(await assistant.ownerOf(sessionId)), caller, access);
  if (refused !== undefined) throw refused;
}

/**
 * The forbidden error for someone else's session, else undefined: the check `authorizeSession`
 * makes, for a caller that already holds the owner (a turn checks it on its own read, see
 * `TurnOptions.checkOwner`).
 */
export function accessError(
  owner: SessionOwner,
  caller: Pick<AccessVariables, 'principal' | 'authentication'>,
  access: SessionAccess,
): AppError | undefined {
  return isAllowed(owner, caller, access) ? undefined : new AppError('forbidden', forbiddenMessage);
}
