import { AppError } from '../app-error.ts';
import type { Actor } from '../questionnaires/answers.ts';
import { type Permission, type Role, rolesAllow, rolesGranting } from '../register/roles.ts';

/**
 * Who is asking, as every channel hands it to the agency service: the organisation whose register
 * it is, the person (null when access control is off and the caller is anonymous) and their roles.
 */
export type AgencyCaller = {
  organisationId: string;
  person: Actor | null;
  roles: readonly Role[];
};

/** With access control off, everything belongs to one local organisation. */
export const localOrganisationId = 'local';

const doing: Record<Permission, string> = {
  read: 'read the register',
  answer: 'answer questions',
  comment: 'comment on questions',
  assign: 'assign questions to people',
  'start-assessment': 'start an assessment',
  'sign-off': 'sign off assessments',
  'manage-register': 'change the register',
};

/** Refuses with a sentence that names the role needed, so the person knows whom to ask. */
export function requirePermission(caller: Pick<AgencyCaller, 'roles'>, permission: Permission): void {
  if (rolesAllow(caller.roles, permission)) return;
  const held = caller.roles.length === 0 ? 'no role' : `the ${caller.roles.join(' and ')} role`;
  const needed = rolesGranting(permission).join(' or ');
  throw new AppError(
    'forbidden',
    `You hold ${held}, which cannot ${doing[permission]}. Ask someone with the ${needed} role.`,
  );
}
