import type { AgencyCaller } from '../../agency/agency-caller.ts';
import type { Actor } from '../../questionnaires/answers.ts';
import type { RoleDirectory } from '../../register/roles.ts';

/**
 * A team-chat person as the agency service sees them: their platform organisation (`slack:<team>`)
 * is the register's, and RAIA_ROLES gives their roles under `<organisation>:<platform user id>`.
 */
export function teamChatCaller(
  roles: RoleDirectory,
  organisationId: string,
  actor: Actor,
): AgencyCaller & { person: Actor } {
  return {
    organisationId,
    person: actor,
    roles: roles.rolesOf({ organisationId, userId: actor.id }),
  };
}
