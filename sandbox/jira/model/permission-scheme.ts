/**
 * The sandbox site's project roles and its one permission scheme (shared by every project), in the
 * shape Jira's default software scheme has: permissions are granted to roles, people hold roles.
 */
export const ROLE_IDS = {
  administrators: 10002,
  productOwners: 10003,
  projectManagers: 10004,
  developers: 10005,
  viewers: 10006,
} as const;

export const PROJECT_ROLES = [
  { id: ROLE_IDS.administrators, name: 'Administrators', description: 'Administer the project and its settings.', admin: true },
  { id: ROLE_IDS.productOwners, name: 'Product Owners', description: 'Decide what is built and sign off work results.', admin: false },
  { id: ROLE_IDS.projectManagers, name: 'Project Managers', description: 'Plan delivery, track risks, scope and budget.', admin: false },
  { id: ROLE_IDS.developers, name: 'Developers', description: 'Build and deliver the work.', admin: false },
  { id: ROLE_IDS.viewers, name: 'Viewers', description: 'Browse the project and comment, without editing.', admin: false },
] as const;

const EVERYONE = [ROLE_IDS.administrators, ROLE_IDS.productOwners, ROLE_IDS.projectManagers, ROLE_IDS.developers];

/** Jira's built-in project permissions the sandbox knows, with their names and ids as Jira reports them. */
export const BUILT_IN_PERMISSIONS: Record<string, { id: string; name: string; description: string }> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', description: 'Ability to browse projects and the issues within them.' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', description: 'Ability to edit issues.' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', description: 'Ability to assign issues to other people.' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', description: 'Ability to comment on issues.' },
  DELETE_ISSUES: { id: '16', name: 'Delete Issues', description: 'Ability to delete issues.' },
  WORK_ON_ISSUES: { id: '20', name: 'Work On Issues', description: 'Ability to log work done against an issue.' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', description: 'Ability to administer a project in Jira.' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', description: 'Ability to transition issues.' },
  EDIT_OWN_WORKLOGS: { id: '40', name: 'Edit Own Worklogs', description: 'Ability to edit own worklogs made on issues.' },
  EDIT_ALL_WORKLOGS: { id: '41', name: 'Edit All Worklogs', description: 'Ability to edit all worklogs made on issues.' },
  DELETE_OWN_WORKLOGS: { id: '42', name: 'Delete Own Worklogs', description: 'Ability to delete own worklogs made on issues.' },
  DELETE_ALL_WORKLOGS: { id: '43', name: 'Delete All Worklogs', description: 'Ability to delete all worklogs made on issues.' },
  // Jira Software's permission; it has no numeric id of its own.
  MANAGE_SPRINTS_PERMISSION: { id: 'MANAGE_SPRINTS_PERMISSION', name: 'Manage sprints', description: 'Ability to manage sprints.' },
};

export const BASE_GRANTS: Record<string, readonly number[]> = {
  BROWSE_PROJECTS: [...EVERYONE, ROLE_IDS.viewers],
  CREATE_ISSUES: EVERYONE,
  EDIT_ISSUES: [ROLE_IDS.administrators, ROLE_IDS.productOwners, ROLE_IDS.projectManagers, ROLE_IDS.developers],
  ASSIGN_ISSUES: EVERYONE,
  ADD_COMMENTS: [...EVERYONE, ROLE_IDS.viewers],
  DELETE_ISSUES: [ROLE_IDS.administrators, ROLE_IDS.projectManagers],
  WORK_ON_ISSUES: EVERYONE,
  ADMINISTER_PROJECTS: [ROLE_IDS.administrators],
  TRANSITION_ISSUES: EVERYONE,
  EDIT_OWN_WORKLOGS: EVERYONE,
  EDIT_ALL_WORKLOGS: [ROLE_IDS.administrators],
  DELETE_OWN_WORKLOGS: EVERYONE,
  DELETE_ALL_WORKLOGS: [ROLE_IDS.administrators],
  MANAGE_SPRINTS_PERMISSION: [ROLE_IDS.administrators, ROLE_IDS.projectManagers],
};

/** Roles that hold the app's own project permissions (e.g. "Sign off work results"). */
export const APP_PERMISSION_ROLES: readonly number[] = [ROLE_IDS.productOwners];
