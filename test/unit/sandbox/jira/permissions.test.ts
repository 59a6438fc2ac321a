import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../../sandbox/jira/model/permission-scheme';
import { Permissions } from '../../../../sandbox/jira/permissions';
import { JiraStore } from '../../../../sandbox/jira/store';

function site() {
  const store = new JiraStore(new Database(':memory:'));
  store.directory.addUser({ accountId: 'po', displayName: 'P O', email: null, timeZone: 'UTC', active: true });
  store.directory.addUser({ accountId: 'viewer', displayName: 'V', email: null, timeZone: 'UTC', active: true });
  store.directory.addUser({ accountId: 'gone', displayName: 'G', email: null, timeZone: 'UTC', active: false });
  store.directory.addProject({ id: 1, key: 'ONE', name: 'One', description: '', leadAccountId: null });
  store.directory.addProject({ id: 2, key: 'TWO', name: 'Two', description: '', leadAccountId: null });
  store.directory.addRoleMember(1, ROLE_IDS.productOwners, 'po');
  store.directory.addRoleMember(2, ROLE_IDS.viewers, 'viewer');
  store.directory.addRoleMember(1, ROLE_IDS.developers, 'gone');
  const permissions = new Permissions(store, { appId: 'ari:cloud:ecosystem::app/abc', environmentId: 'env', projectPermissions: [{ key: 'sign-off', name: 'Sign off', description: '' }] });
  return { store, permissions };
}

const SIGN_OFF = 'ari:cloud:ecosystem::extension/abc/env/static/sign-off';

describe('Permissions', () => {
  it('grants through roles per project', () => {
    const { permissions } = site();
    const po = { kind: 'user', accountId: 'po' } as const;
    expect(permissions.has(po, 1, 'EDIT_ISSUES')).toBe(true);
    expect(permissions.has(po, 1, SIGN_OFF)).toBe(true);
    expect(permissions.has(po, 1, 'ADMINISTER_PROJECTS')).toBe(false);
    expect(permissions.has(po, 2, 'BROWSE_PROJECTS')).toBe(false);
    expect([...permissions.browsableProjectIds(po)]).toEqual([1]);
  });

  it('lets viewers browse but not edit, ignores inactive users, and gives the app everything', () => {
    const { permissions } = site();
    const viewer = { kind: 'user', accountId: 'viewer' } as const;
    expect(permissions.canBrowse(viewer, 2)).toBe(true);
    expect(permissions.has(viewer, 2, 'EDIT_ISSUES')).toBe(false);
    expect(permissions.canBrowse({ kind: 'user', accountId: 'gone' }, 1)).toBe(false);
    expect(permissions.canBrowse({ kind: 'user', accountId: 'nobody' }, 1)).toBe(false);
    expect(permissions.has({ kind: 'app' }, 2, SIGN_OFF)).toBe(true);
  });

  it('describes built-in and app permissions and knows no others', () => {
    const { permissions } = site();
    expect(permissions.describe('BROWSE_PROJECTS')).toMatchObject({ id: '10', type: 'PROJECT' });
    expect(permissions.describe(SIGN_OFF)).toMatchObject({ key: SIGN_OFF, name: 'Sign off' });
    expect(permissions.describe('MAKE_COFFEE')).toBeUndefined();
  });
});
