import type { Role } from '../../register/roles.ts';

/** Who is calling the API: the organisation and user a bearer token was issued to. */
export interface Principal {
  organisationId: string;
  userId: string;
}

/**
 * Hono variables set by `identifyClient` for every /api/* request. `principal` is null when access
 * control is off (or no valid token was sent); `clientKey` names the caller for rate limiting.
 */
export type AccessVariables = {
  principal: Principal | null;
  clientKey: string;
  /** `off`: no tokens configured; `verified`: a valid token; `rejected`: tokens on, none valid. */
  authentication: 'off' | 'verified' | 'rejected';
  /** The caller's roles in the agency process (register/roles.ts), set by `resolveRoles`. */
  roles: Role[];
};

export type AccessEnvironment = { Variables: AccessVariables };
