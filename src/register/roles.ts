import { z } from 'zod';

/**
 * The roles of an organisation's people. One person may hold several (a DPO who also reviews).
 * - owner: keeps the register (systems, incidents) and assigns questions, and may do what a contributor does;
 * - contributor: answers, writes notes and comments, starts and reassesses assessments;
 * - reviewer: signs off completed assessments, comments, starts reassessments;
 * - reader: reads the register, the assessments and their reports, and changes nothing.
 */
export const roleSchema = z.enum(['owner', 'contributor', 'reviewer', 'reader']);
export type Role = z.infer<typeof roleSchema>;

export type Permission =
  | 'read'
  | 'answer'
  | 'comment'
  | 'assign'
  | 'start-assessment'
  | 'sign-off'
  | 'manage-register';

const grants: Record<Role, readonly Permission[]> = {
  owner: ['read', 'answer', 'comment', 'assign', 'start-assessment', 'manage-register'],
  contributor: ['read', 'answer', 'comment', 'start-assessment'],
  reviewer: ['read', 'comment', 'start-assessment', 'sign-off'],
  reader: ['read'],
};

export const allRoles: readonly Role[] = roleSchema.options;

export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => grants[role].includes(permission));
}

/** The role a permission needs, for refusals that tell the person whom to ask. */
export function rolesGranting(permission: Permission): Role[] {
  return allRoles.filter((role) => grants[role].includes(permission));
}

/** `organisation:user`, organisation possibly holding `:` (`slack:T123:U456`). */
export type PersonKey = { organisationId: string; userId: string };

export type RoleDirectory = {
  /** True when RAIA_ROLES names anyone: then people it does not name are readers. */
  configured: boolean;
  rolesOf(person: PersonKey): Role[];
};

/**
 * Roles from RAIA_ROLES: `organisation:user=role+role` entries separated by commas, e.g.
 * `police-x:alice=owner+contributor,slack:T0123:U0456=reviewer`. Unset, everyone holds every role:
 * the single-user default, where one person registers, answers, signs off and reassesses. Set,
 * a person it does not name is a reader of their organisation: adding roles is explicit.
 */
export function createRoleDirectory(configured: string | undefined): RoleDirectory {
  const entries = configured === undefined ? [] : parseRoleEntries(configured);
  if (entries.length === 0) return { configured: false, rolesOf: () => [...allRoles] };
  const byPerson = new Map<string, Role[]>();
  for (const entry of entries) byPerson.set(personId(entry), entry.roles);
  return { configured: true, rolesOf: (person) => byPerson.get(personId(person)) ?? ['reader'] };
}

const personId = (person: PersonKey) => JSON.stringify([person.organisationId, person.userId]);

export type RoleEntry = PersonKey & { roles: Role[] };

/** Throws with a sentence naming the bad entry; config.ts turns it into a start-up error. */
export function parseRoleEntries(configured: string): RoleEntry[] {
  return configured
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const equals = entry.lastIndexOf('=');
      const who = equals < 0 ? '' : entry.slice(0, equals);
      const colon = who.lastIndexOf(':');
      const organisationId = colon < 0 ? '' : who.slice(0, colon);
      const userId = colon < 0 ? '' : who.slice(colon + 1);
      if (organisationId === '' || userId === '')
        throw new Error(`RAIA_ROLES entry "${entry}" is not organisation:user=role`);
      const roles = entry
        .slice(equals + 1)
        .split('+')
        .map((name) => {
          const role = roleSchema.safeParse(name.trim());
          if (!role.success)
            throw new Error(
              `RAIA_ROLES entry "${entry}": "${name}" is not a role (use ${allRoles.join(', ')})`,
            );
          return role.data;
        });
      return { organisationId, userId, roles };
    });
}
