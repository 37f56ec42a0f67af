import { describe, expect, it } from 'vitest';
import { allRoles, createRoleDirectory, parseRoleEntries, rolesAllow } from '../../src/register/roles.ts';

describe('roles', () => {
  it('gives everyone every role when RAIA_ROLES is unset', () => {
    expect(createRoleDirectory(undefined).rolesOf({ organisationId: 'x', userId: 'y' })).toEqual([
      ...allRoles,
    ]);
  });

  it('reads organisations with colons and several roles, and makes unnamed people readers', () => {
    const directory = createRoleDirectory('police-x:alice=owner+contributor, slack:T01:U02=reviewer');
    expect(directory.rolesOf({ organisationId: 'police-x', userId: 'alice' })).toEqual([
      'owner',
      'contributor',
    ]);
    expect(directory.rolesOf({ organisationId: 'slack:T01', userId: 'U02' })).toEqual(['reviewer']);
    expect(directory.rolesOf({ organisationId: 'police-x', userId: 'bob' })).toEqual(['reader']);
    // The same user id in another organisation is another person.
    expect(directory.rolesOf({ organisationId: 'police-y', userId: 'alice' })).toEqual(['reader']);
  });

  it('refuses malformed entries with a sentence naming them', () => {
    expect(() => parseRoleEntries('alice=owner')).toThrow('"alice=owner" is not organisation:user=role');
    expect(() => parseRoleEntries('x:alice=boss')).toThrow('"boss" is not a role');
  });

  it('lets only reviewers sign off and readers only read', () => {
    expect(rolesAllow(['reviewer'], 'sign-off')).toBe(true);
    expect(rolesAllow(['owner', 'contributor'], 'sign-off')).toBe(false);
    expect(rolesAllow(['reader'], 'read')).toBe(true);
    expect(rolesAllow(['reader'], 'answer')).toBe(false);
  });
});
