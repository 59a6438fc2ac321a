/** The sandbox's people, with fixed account ids so the shell, tests and benchmarks can name them. */
export type DemoRole = 'Product Owner' | 'Project Manager' | 'Developer' | 'Outsider';

export interface DemoUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  role: DemoRole;
  timeZone: string;
}

export const DEMO_ACCOUNT_IDS = {
  productOwner: 'demo-po',
  projectManager: 'demo-pm',
  developer: 'demo-dev',
  outsider: 'demo-outsider',
} as const;

export const DEMO_USERS: readonly DemoUser[] = [
  { accountId: DEMO_ACCOUNT_IDS.productOwner, displayName: 'Paula Owner', emailAddress: 'paula.owner@accord.example', role: 'Product Owner', timeZone: 'Europe/Berlin' },
  { accountId: DEMO_ACCOUNT_IDS.projectManager, displayName: 'Milo Manager', emailAddress: 'milo.manager@accord.example', role: 'Project Manager', timeZone: 'Europe/London' },
  { accountId: DEMO_ACCOUNT_IDS.developer, displayName: 'Dana Developer', emailAddress: 'dana.developer@accord.example', role: 'Developer', timeZone: 'America/New_York' },
  { accountId: DEMO_ACCOUNT_IDS.outsider, displayName: 'Nico Outsider', emailAddress: 'nico.outsider@accord.example', role: 'Outsider', timeZone: 'UTC' },
];

/** Teammates who log work and get tickets assigned, but are not switchable users in the shell. */
export const DEMO_TEAMMATES: readonly Omit<DemoUser, 'role'>[] = [
  { accountId: 'demo-dev-2', displayName: 'Sam Backend', emailAddress: 'sam.backend@accord.example', timeZone: 'Europe/Madrid' },
  { accountId: 'demo-qa', displayName: 'Quinn Tester', emailAddress: 'quinn.tester@accord.example', timeZone: 'Europe/Warsaw' },
  // Joined with sprint 3 and works from Tokyo: her Monday mornings are Sunday evenings in UTC.
  { accountId: 'demo-dev-3', displayName: 'Aiko Frontend', emailAddress: 'aiko.frontend@accord.example', timeZone: 'Asia/Tokyo' },
];
