/**
 * Seed tickets by what they are, never by their number. The seed numbers keys in creation order, so a ticket
 * added to it shifts the keys after it, and a test that says "ACC-42" breaks or, worse, quietly tests another
 * ticket. Tests name a seed ticket by its `ref` (sandbox/seed/tickets-*.ts): the ref gives its summary from the
 * seed's own lists, so rewording a summary breaks no test; the running site then gives the key of the one issue
 * with that summary.
 *
 * One call, two flavours: pass an in-process site (the integration harness, a Sandbox, the emulator tests'
 * DemoSite: anything holding the JiraEmulator) or the URL of a sandbox served over HTTP (browser tests).
 * Lookups search as the app, so they see every project; resolve keys before switching faults on.
 */
import type { JiraEmulator } from '../../sandbox/jira/emulator-types';
import { ACC_TICKETS, DEMO_PROJECTS, OPS_TICKETS, type DemoTicket } from '../../sandbox/seed';

type Emulator = Pick<JiraEmulator, 'handle'>;

/** Where the seeded site runs: an emulator in this process (directly or inside a harness), or a served sandbox's URL. */
export type SeedSite = string | { jira: Emulator } | { sandbox: { jira: Emulator } };

/** A seed ticket as the seed describes it, with the key of the project it is seeded into. */
export interface SeedTicket extends DemoTicket {
  projectKey: string;
}

const SEED: ReadonlyMap<string, SeedTicket> = new Map([
  ...ACC_TICKETS.map((ticket): [string, SeedTicket] => [ticket.ref, { ...ticket, projectKey: DEMO_PROJECTS.accord.key }]),
  ...OPS_TICKETS.map((ticket): [string, SeedTicket] => [ticket.ref, { ...ticket, projectKey: DEMO_PROJECTS.operations.key }]),
]);

/** The seed's own description of the ticket `ref`; throws for a ref the seed does not have. */
export function seedTicket(ref: string): SeedTicket {
  const ticket = SEED.get(ref);
  if (!ticket) throw new Error(`No seed ticket has the ref "${ref}" (refs are in sandbox/seed/tickets-*.ts)`);
  return ticket;
}

/** Every seed ticket, ACC's first, in the seed's list order (not key order). */
export function seedTickets(): SeedTicket[] {
  return [...SEED.values()];
}

/** The current key of the seed ticket `ref`, e.g. `await keyOf(h, 'autopay')`. */
export async function keyOf(site: SeedSite, ref: string): Promise<string> {
  const ticket = seedTicket(ref);
  return keyBySummary(site, ticket.projectKey, ticket.summary);
}

/** The current keys of several seed tickets, in the order asked. */
export async function keysOf(site: SeedSite, refs: readonly string[]): Promise<string[]> {
  return Promise.all(refs.map((ref) => keyOf(site, ref)));
}

/** The key of the one issue in `projectKey` whose summary is exactly `summary`; throws when none or several have it. */
export async function keyBySummary(site: SeedSite, projectKey: string, summary: string): Promise<string> {
  const found = (await issuesOf(site, projectKey)).filter((issue) => issue.summary === summary);
  if (found.length === 1 && found[0]) return found[0].key;
  if (found.length === 0) throw new Error(`No issue in ${projectKey} has the summary "${summary}"`);
  throw new Error(`${found.length} issues in ${projectKey} have the summary "${summary}" (${found.map((issue) => issue.key).join(', ')}); a seed summary must be unique`);
}

type Get = (pathAndQuery: string) => Promise<{ status: number; body: string }>;

function getterFor(site: SeedSite): Get {
  if (typeof site === 'string') {
    const base = site.replace(/\/$/, '');
    return async (pathAndQuery) => {
      // No X-Sandbox-User header: the REST bridge then acts as the app.
      const response = await fetch(`${base}${pathAndQuery}`);
      return { status: response.status, body: await response.text() };
    };
  }
  const jira = 'sandbox' in site ? site.sandbox.jira : site.jira;
  return (pathAndQuery) => jira.handle({ method: 'GET', path: pathAndQuery, headers: {}, actor: { kind: 'app' }, fromApp: false });
}

interface SearchPage {
  issues: Array<{ key: string; fields: { summary?: string } }>;
  nextPageToken?: string;
}

/** Key and summary of every issue in the project, through the same enhanced search the app uses. */
async function issuesOf(site: SeedSite, projectKey: string): Promise<Array<{ key: string; summary: string | undefined }>> {
  const get = getterFor(site);
  const jql = `project = "${projectKey}"`;
  const issues: Array<{ key: string; summary: string | undefined }> = [];
  let token: string | undefined;
  do {
    const query = new URLSearchParams({ jql, fields: 'summary', maxResults: '100' });
    if (token) query.set('nextPageToken', token);
    const answer = await get(`/rest/api/3/search/jql?${query.toString()}`);
    if (answer.status !== 200) throw new Error(`Looking up seed tickets: the search for ${jql} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    const page = JSON.parse(answer.body) as SearchPage;
    issues.push(...page.issues.map((issue) => ({ key: issue.key, summary: issue.fields.summary })));
    token = page.nextPageToken;
  } while (token);
  return issues;
}
