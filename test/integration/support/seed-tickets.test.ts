/** The seed-ticket lookup (test/support/seed-tickets.ts) that every seed-driven test relies on. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { keyBySummary, keyOf, keysOf, seedTicket, seedTickets } from '../../support/seed-tickets';
import { demoSite } from '../emulator/demo-site';

describe('seed tickets by ref, in process', () => {
  it('finds a known seed ticket: the issue at that key is the one the seed describes', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'invoice-search');
    expect(key).toMatch(/^ACC-\d+$/);
    const issue = await site.call('GET', `/rest/api/3/issue/${key}?fields=summary,project`);
    expect(issue.json.fields).toMatchObject({ summary: 'Search invoices by number or amount', project: { key: 'ACC' } });
    const ops = await keyOf(site, 'ops-incident');
    expect(ops).toMatch(/^OPS-\d+$/);
    expect((await site.call('GET', `/rest/api/3/issue/${ops}?fields=summary`)).json.fields.summary).toBe(seedTicket('ops-incident').summary);
  });

  it('resolves every seed ticket to exactly one key, all different: the seed lists are what is seeded', async () => {
    const site = demoSite();
    const tickets = seedTickets();
    const keys = await keysOf(site, tickets.map((ticket) => ticket.ref));
    expect(new Set(keys).size).toBe(tickets.length);
    tickets.forEach((ticket, i) => expect(keys[i]?.startsWith(`${ticket.projectKey}-`), ticket.ref).toBe(true));
  });

  it('fails clearly for a ref the seed does not have', async () => {
    expect(() => seedTicket('no-such-ticket')).toThrow('No seed ticket has the ref "no-such-ticket"');
    await expect(keyOf(demoSite(), 'no-such-ticket')).rejects.toThrow('No seed ticket has the ref "no-such-ticket"');
  });

  it('fails naming the summary when no issue or several issues have it', async () => {
    const site = demoSite();
    const { summary } = seedTicket('dark-mode');
    const key = await keyOf(site, 'dark-mode');
    const copy = await site.call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'ACC' }, issuetype: { name: 'Story' }, summary } } });
    expect(copy.status).toBe(201);
    const twice = await keyOf(site, 'dark-mode').then(() => null, (error: Error) => error.message);
    expect(twice).toContain(`2 issues in ACC have the summary "${summary}"`);
    expect(twice).toContain(key);
    expect(twice).toContain(copy.json.key);

    expect((await site.call('DELETE', `/rest/api/3/issue/${key}`)).status).toBe(204);
    expect(await keyOf(site, 'dark-mode')).toBe(copy.json.key);
    await expect(keyBySummary(site, 'ACC', 'Dark mod')).rejects.toThrow('No issue in ACC has the summary "Dark mod"');
  });

  it('says what the site answered when the search itself fails', async () => {
    const site = demoSite();
    site.jira.faults.unavailableNext = 1;
    await expect(keyOf(site, 'dark-mode')).rejects.toThrow(/the search for project = "ACC" answered 503/);
  });
});

describe('seed tickets by ref, over HTTP', () => {
  let sandbox: Sandbox;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-seed-refs-'));
    sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
  });

  afterAll(async () => {
    await sandbox?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds the same key through the sandbox URL as in process', async () => {
    const key = await keyOf(sandbox.url, 'autopay');
    expect(key).toBe(await keyOf(sandbox, 'autopay'));
    const answer = await fetch(`${sandbox.url}/rest/api/3/issue/${key}?fields=summary`);
    expect(((await answer.json()) as { fields: { summary: string } }).fields.summary).toBe('Pay open invoices automatically by direct debit');
    await expect(keyOf(`${sandbox.url}/`, 'no-such-ticket')).rejects.toThrow('No seed ticket has the ref "no-such-ticket"');
  });
});
