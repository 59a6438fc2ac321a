/** The demo site's projects, roles, board and sprints, placed relative to the sandbox clock. */
import { ROLE_IDS } from '../jira/model/permission-scheme';
import type { SprintRecord } from '../jira/store';
import { DEMO_ACCOUNT_IDS } from './users';

export const DAY_MS = 24 * 60 * 60 * 1000;

export const DEMO_PROJECTS = {
  accord: { id: 10000, key: 'ACC', name: 'Accord Demo', description: 'Customer portal: billing, support and account self-service.', leadAccountId: DEMO_ACCOUNT_IDS.projectManager },
  operations: { id: 10001, key: 'OPS', name: 'Portal Operations', description: 'Running the customer portal: infrastructure, monitoring and incidents.', leadAccountId: DEMO_ACCOUNT_IDS.projectManager },
} as const;

export const DEMO_BOARD_ID = 1;
export const OPS_BOARD_ID = 2;

export const DEMO_SPRINT_IDS = { closed1: 1, closed2: 2, active: 3, future: 4 } as const;

/** [project, role, account] memberships. The outsider only views OPS; the PO is only in ACC. */
export const ROLE_MEMBERS: Array<[number, number, string]> = [
  [DEMO_PROJECTS.accord.id, ROLE_IDS.productOwners, DEMO_ACCOUNT_IDS.productOwner],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.projectManagers, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.administrators, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, DEMO_ACCOUNT_IDS.developer],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, 'demo-dev-2'],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, 'demo-qa'],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.administrators, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.projectManagers, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.developers, DEMO_ACCOUNT_IDS.developer],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.developers, 'demo-dev-2'],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.viewers, DEMO_ACCOUNT_IDS.outsider],
];

function at(now: Date, days: number): string {
  return new Date(Math.floor((now.getTime() + days * DAY_MS) / 3_600_000) * 3_600_000).toISOString();
}

/** Two-week sprints: two closed, one active (ends in 2 days), one future (starts in ~2 days). */
export function demoSprints(now: Date): SprintRecord[] {
  const base = { boardId: DEMO_BOARD_ID, createdDate: at(now, -45) };
  return [
    { ...base, id: DEMO_SPRINT_IDS.closed1, name: 'ACC Sprint 1', state: 'closed', goal: 'Customers can sign in and see their invoices', startDate: at(now, -40), endDate: at(now, -26), completeDate: at(now, -26) },
    { ...base, id: DEMO_SPRINT_IDS.closed2, name: 'ACC Sprint 2', state: 'closed', goal: 'Invoices as PDF and support tickets from the portal', startDate: at(now, -26), endDate: at(now, -12), completeDate: at(now, -12) },
    { ...base, id: DEMO_SPRINT_IDS.active, name: 'ACC Sprint 3', state: 'active', goal: 'Support conversations and single sign-on', startDate: at(now, -12), endDate: at(now, 2), completeDate: null },
    { ...base, id: DEMO_SPRINT_IDS.future, name: 'ACC Sprint 4', state: 'future', goal: 'Automatic payment and richer support', startDate: at(now, 2), endDate: at(now, 16), completeDate: null },
  ];
}
