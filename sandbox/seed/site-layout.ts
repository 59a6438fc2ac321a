/** The demo site's projects, roles, board, sprints and versions, placed relative to the sandbox clock. */
import { ROLE_IDS } from '../jira/model/permission-scheme';
import type { SprintRecord, VersionRecord } from '../jira/store';
import { DAY_MS } from './calendar';
import { DEMO_ACCOUNT_IDS } from './users';

export { DAY_MS } from './calendar';

export const DEMO_PROJECTS = {
  accord: { id: 10000, key: 'ACC', name: 'Accord Demo', description: 'Customer portal: billing, support and account self-service.', leadAccountId: DEMO_ACCOUNT_IDS.projectManager },
  operations: { id: 10001, key: 'OPS', name: 'Portal Operations', description: 'Running the customer portal: infrastructure, monitoring and incidents.', leadAccountId: DEMO_ACCOUNT_IDS.projectManager },
} as const;

export const DEMO_BOARD_ID = 1;
export const OPS_BOARD_ID = 2;

/** ACC's sprints are numbered 1..8 and have those ids: six closed, the active one and the next one. */
export type SprintNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const DEMO_SPRINT_IDS = { closed: [1, 2, 3, 4, 5, 6], active: 7, future: 8 } as const;

/** Two-week sprints; the active one ends in 2 days and the future one starts then. */
const SPRINT_DAYS = 14;
const ACTIVE_STARTED_DAYS_AGO = 12;

const GOALS: Record<SprintNumber, string> = {
  1: 'A portal skeleton customers can sign in to',
  2: 'Passwords and the invoice data',
  3: 'Customers see their invoices',
  4: 'Accounts, audit trail and transactional email',
  5: 'Hardening and the Portal 1.0 release',
  6: 'Invoices as PDF and support tickets from the portal',
  7: 'Support conversations and single sign-on',
  8: 'Automatic payment and richer support',
};

/** `now` moved by `days`, on the hour (sprints start and end on the hour). */
function at(now: Date, days: number): string {
  return new Date(Math.floor((now.getTime() + days * DAY_MS) / 3_600_000) * 3_600_000).toISOString();
}

/** Days from now to the start of sprint `n` (negative: in the past). */
export function sprintStartDays(n: SprintNumber): number {
  return -ACTIVE_STARTED_DAYS_AGO + (n - DEMO_SPRINT_IDS.active) * SPRINT_DAYS;
}

export function demoSprints(now: Date): SprintRecord[] {
  const numbers: SprintNumber[] = [1, 2, 3, 4, 5, 6, 7, 8];
  return numbers.map((n) => {
    const start = sprintStartDays(n);
    const state = n === DEMO_SPRINT_IDS.active ? 'active' : n === DEMO_SPRINT_IDS.future ? 'future' : 'closed';
    return {
      id: n,
      boardId: DEMO_BOARD_ID,
      name: `ACC Sprint ${n}`,
      state,
      goal: GOALS[n],
      startDate: at(now, start),
      endDate: at(now, start + SPRINT_DAYS),
      completeDate: state === 'closed' ? at(now, start + SPRINT_DAYS) : null,
      // Each sprint is created during the one before it.
      createdDate: at(now, start - 10),
    };
  });
}

export const DEMO_VERSION_IDS = { portal10: 10000, portal11: 10001, portal20: 10002 } as const;
export type DemoVersionName = 'Portal 1.0' | 'Portal 1.1' | 'Portal 2.0';

/** Portal 1.0 was released three weeks ago; 1.1 is due in ten days (more than the team's throughput); 2.0 is undated. */
export const RELEASED_DAYS_AGO = 21;
export const PORTAL_11_DUE_IN_DAYS = 10;

export function demoVersions(now: Date): VersionRecord[] {
  const date = (days: number) => at(now, days).slice(0, 10);
  return [
    { id: DEMO_VERSION_IDS.portal10, projectId: DEMO_PROJECTS.accord.id, name: 'Portal 1.0', description: 'Sign-in, invoices and the account overview.', startDate: date(sprintStartDays(1)), releaseDate: date(-RELEASED_DAYS_AGO), released: true, archived: false, sequence: 1 },
    { id: DEMO_VERSION_IDS.portal11, projectId: DEMO_PROJECTS.accord.id, name: 'Portal 1.1', description: 'Support conversations, single sign-on and payment methods.', startDate: date(-RELEASED_DAYS_AGO), releaseDate: date(PORTAL_11_DUE_IN_DAYS), released: false, archived: false, sequence: 2 },
    { id: DEMO_VERSION_IDS.portal20, projectId: DEMO_PROJECTS.accord.id, name: 'Portal 2.0', description: 'Business accounts and self-service privacy.', startDate: null, releaseDate: null, released: false, archived: false, sequence: 3 },
  ];
}

/** [project, role, account] memberships. The outsider only views OPS; the PO is only in ACC. */
export const ROLE_MEMBERS: Array<[number, number, string]> = [
  [DEMO_PROJECTS.accord.id, ROLE_IDS.productOwners, DEMO_ACCOUNT_IDS.productOwner],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.projectManagers, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.administrators, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, DEMO_ACCOUNT_IDS.developer],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, 'demo-dev-2'],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, 'demo-dev-3'],
  [DEMO_PROJECTS.accord.id, ROLE_IDS.developers, 'demo-qa'],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.administrators, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.projectManagers, DEMO_ACCOUNT_IDS.projectManager],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.developers, DEMO_ACCOUNT_IDS.developer],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.developers, 'demo-dev-2'],
  [DEMO_PROJECTS.operations.id, ROLE_IDS.viewers, DEMO_ACCOUNT_IDS.outsider],
];
