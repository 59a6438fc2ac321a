import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { hoursOf } from '../../../src/domain/hours';
import { isoWeekOf } from '../../../src/domain/weeks';

const repoRoot = path.resolve(__dirname, '../../..');
let sandbox: Sandbox;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'accord-report-cli-'));
  sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
});
afterAll(async () => {
  await sandbox?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `accord` asynchronously: the sandbox answers from this same process. */
function accord(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/accord.js'), ...args], { cwd: repoRoot, env: { ...process.env, ATLASSIAN_EMAIL: '', ATLASSIAN_API_TOKEN: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function get<T>(p: string): Promise<T> {
  const response = await fetch(`${sandbox.url}${p}`);
  expect(response.status, p).toBe(200);
  return (await response.json()) as T;
}

interface ReportJson {
  sprints: Array<{ id: number; name: string; state: string; committed: string[]; added: string[]; removed: string[]; completed: string[]; notCompleted: string[]; points: Record<string, number> }>;
  hours: Array<{ week: string; accountId: string; hours: number }>;
  raid: { available: boolean; reason?: string };
}

/** Every worklog of the project from Jira's REST API, summed per person and ISO week (UTC). */
async function worklogHours(): Promise<Map<string, number>> {
  const search = await get<{ issues: Array<{ key: string }> }>(`/rest/api/3/search/jql?jql=${encodeURIComponent('project = ACC')}&fields=summary&maxResults=5000`);
  const seconds = new Map<string, number>();
  for (const issue of search.issues) {
    const page = await get<{ worklogs: Array<{ author: { accountId: string }; started: string; timeSpentSeconds: number }>; total: number }>(`/rest/api/3/issue/${issue.key}/worklog?maxResults=5000`);
    for (const w of page.worklogs) {
      const week = isoWeekOf(Date.parse(w.started), 'UTC');
      if (!week.ok) throw new Error(week.error.message);
      const key = `${week.value.week}|${w.author.accountId}`;
      seconds.set(key, (seconds.get(key) ?? 0) + w.timeSpentSeconds);
    }
  }
  return new Map([...seconds].map(([k, s]) => [k, hoursOf(s)]));
}

describe('accord report against the sandbox over HTTP', () => {
  it('answers every active and closed sprint of the boards and every person-week of hours, as JSON', async () => {
    const run = await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;

    const boards = await get<{ values: Array<{ id: number }> }>('/rest/agile/1.0/board?projectKeyOrId=ACC');
    const started = new Set<number>();
    for (const board of boards.values) {
      const sprints = await get<{ values: Array<{ id: number; state: string }> }>(`/rest/agile/1.0/board/${board.id}/sprint?state=active,closed`);
      for (const s of sprints.values) started.add(s.id);
    }
    expect(new Set(report.sprints.map((s) => s.id))).toEqual(started);
    for (const sprint of report.sprints) {
      for (const list of [sprint.committed, sprint.added, sprint.removed, sprint.completed, sprint.notCompleted]) expect(list.every((k) => /^ACC-\d+$/.test(k))).toBe(true);
      // A ticket ends a sprint completed or not completed, never both.
      expect(sprint.completed.filter((k) => sprint.notCompleted.includes(k))).toEqual([]);
      expect(Object.keys(sprint.points).sort()).toEqual(['added', 'committed', 'completed', 'notCompleted', 'removed']);
    }

    const expected = await worklogHours();
    expect(new Map(report.hours.map((r) => [`${r.week}|${r.accountId}`, r.hours]))).toEqual(expected);
    expect(report.raid.available).toBe(false);
  });

  it('keeps to one ISO week with --week, in Markdown by default', async () => {
    const all = JSON.parse((await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--format', 'json'])).stdout) as ReportJson;
    const week = [...new Set(all.hours.map((h) => h.week))].sort().at(-2)!;
    const json = JSON.parse((await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--week', week, '--format', 'json'])).stdout) as ReportJson;
    expect(json.hours.length).toBeGreaterThan(0);
    expect(json.hours.every((h) => h.week === week)).toBe(true);
    expect(json.hours).toEqual(all.hours.filter((h) => h.week === week));
    const md = await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--week', week]);
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`^# Weekly report: .*\\(ACC\\)`, 'u'));
    expect(md.stdout).toContain(`Week ${week}`);
    expect(md.stdout).toContain('RAID changes are not included');

    // The same week as HTML for an email or Confluence: the Markdown's headings and tables, the tables styled inline.
    const html = await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--week', week, '--format', 'html']);
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<h1>Weekly report: .*\(ACC\)<\/h1>\n/u);
    expect(html.stdout).toContain(`<p>Week ${week} (`);
    expect(html.stdout).toContain('<h2>Hours</h2>');
    expect(html.stdout).toContain('<table style="border-collapse:collapse;');
    expect(html.stdout).not.toMatch(/<(th|td)>|<(html|body)\b/u);
    const withoutClock = (text: string) => text.replace(/Generated \S+Z\./u, 'Generated.');
    expect(withoutClock(html.stdout.replace(/ style="[^"]*"/gu, ''))).toBe(withoutClock(marked.parse(md.stdout, { async: false }).replace(/ align="(left|right)"/gu, '')));
    for (const row of json.hours) expect(html.stdout).toMatch(new RegExp(`<td [^>]*>${week}</td>\n<td [^>]*>[^<]+</td>\n<td [^>]*>${row.hours}</td>`, 'u'));
  });

  it('answers the same from the TypeScript sources (what bin/accord.js runs while the bundle is older than an edit)', async () => {
    const args = ['report', '--site', sandbox.url, '--project', 'ACC', '--format', 'json'];
    const [bundled, sources] = await Promise.all([accord(args), accord(args, { ACCORD_CLI_FROM_SOURCES: '1' })]);
    expect(sources.status, sources.stderr).toBe(0);
    const sprints = (out: string) => (JSON.parse(out) as ReportJson).sprints;
    expect(sprints(sources.stdout).length).toBeGreaterThan(0);
    expect(sprints(sources.stdout)).toEqual(sprints(bundled.stdout));
  });

  it('says clearly what is wrong: an unknown project, a bad week or format, half the credentials', async () => {
    const unknown = await accord(['report', '--site', sandbox.url, '--project', 'NOPE']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/404.*NOPE/);
    const week = await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--week', '2026-W99']);
    expect(week.stderr).toContain('--week takes an ISO week');
    const format = await accord(['report', '--site', sandbox.url, '--project', 'ACC', '--format', 'pdf']);
    expect(format.stderr).toContain('--format is md, html, json or csv');
    const half = await accord(['report', '--site', sandbox.url, '--project', 'ACC'], { ATLASSIAN_EMAIL: 'pm@example.com', ATLASSIAN_API_TOKEN: undefined });
    expect(half.stderr).toContain('set both ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN');
    const insecure = await accord(['report', '--site', 'http://jira.example.com', '--project', 'ACC'], { ATLASSIAN_EMAIL: 'pm@example.com', ATLASSIAN_API_TOKEN: 'secret' });
    expect(insecure.stderr).toContain('Refusing to send an API token over plain http');
  });
});
