/**
 * Who may do what, from the permission scheme (permission -> roles) and project role memberships.
 * The app (asApp) holds every permission, as a Forge app with the right scopes does on a real site.
 */
import type { Actor } from './emulator-types';
import type { AppProjectPermission } from './manifest-bits';
import { appPermissionKey } from './manifest-bits';
import { APP_PERMISSION_ROLES, BUILT_IN_PERMISSIONS } from './model/permission-scheme';
import type { JiraStore } from './store';

export interface PermissionInfo {
  id: string;
  key: string;
  name: string;
  type: 'PROJECT';
  description: string;
}

export class Permissions {
  private readonly appPermissions = new Map<string, PermissionInfo>();

  constructor(
    private readonly store: JiraStore,
    app: { appId: string; environmentId: string; projectPermissions: AppProjectPermission[] },
  ) {
    for (const permission of app.projectPermissions) {
      const key = appPermissionKey(app.appId, app.environmentId, permission.key);
      this.appPermissions.set(key, { id: key, key, name: permission.name, type: 'PROJECT', description: permission.description });
      for (const roleId of APP_PERMISSION_ROLES) store.directory.grant(key, roleId);
    }
  }

  /** Built-in or app-declared permission by key; undefined for keys Jira would not know. */
  describe(key: string): PermissionInfo | undefined {
    const builtIn = BUILT_IN_PERMISSIONS[key];
    if (builtIn) return { id: builtIn.id, key, name: builtIn.name, type: 'PROJECT', description: builtIn.description };
    return this.appPermissions.get(key);
  }

  has(actor: Actor, projectId: number, permission: string): boolean {
    if (actor.kind === 'app') return true;
    const user = this.store.directory.user(actor.accountId);
    if (!user || !user.active) return false;
    const held = new Set(this.store.directory.roleIdsOf(projectId, actor.accountId));
    if (held.size === 0) return false;
    return this.store.directory.grantedRoleIds(permission).some((roleId) => held.has(roleId));
  }

  /** Has the permission in at least one project (Jira's answer to mypermissions without a project). */
  hasAnywhere(actor: Actor, permission: string): boolean {
    return this.store.directory.projects().some((project) => this.has(actor, project.id, permission));
  }

  canBrowse(actor: Actor, projectId: number): boolean {
    return this.has(actor, projectId, 'BROWSE_PROJECTS');
  }

  browsableProjectIds(actor: Actor): Set<number> {
    return new Set(this.store.directory.projects().filter((project) => this.canBrowse(actor, project.id)).map((project) => project.id));
  }
}
