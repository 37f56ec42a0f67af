import type { MiddlewareHandler } from 'hono';
import { type AgencyCaller, localOrganisationId } from '../../agency/agency-caller.ts';
import { allRoles, type RoleDirectory } from '../../register/roles.ts';
import type { AccessEnvironment, AccessVariables } from './principal.ts';

/**
 * Sets `roles` after `identifyClient`: a token's person gets theirs from RAIA_ROLES. With access
 * control off nobody can be told apart, so the one local user holds every role (the single-user
 * default: register, answer, sign off and reassess alone).
 */
export function resolveRoles(directory: RoleDirectory): MiddlewareHandler<AccessEnvironment> {
  return async (c, next) => {
    const principal = c.var.principal;
    c.set(
      'roles',
      principal === null
        ? c.var.authentication === 'off'
          ? [...allRoles]
          : []
        : directory.rolesOf(principal),
    );
    return next();
  };
}

/** The agency service's view of the HTTP caller. */
export function agencyCallerOf(variables: Pick<AccessVariables, 'principal' | 'roles'>): AgencyCaller {
  const { principal, roles } = variables;
  return principal === null
    ? { organisationId: localOrganisationId, person: null, roles }
    : { organisationId: principal.organisationId, person: { id: principal.userId, channel: 'api' }, roles };
}
