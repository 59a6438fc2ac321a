import { describe, expect, it } from 'vitest';
import { createJiraClient } from '../../../../src/adapters/jira';
import { planBulkPropertyRequests, taskIdFromLocation } from '../../../../src/adapters/jira/bulk-properties';
import { ForbiddenError, JiraError, JiraUnavailableError } from '../../../../src/ports/jira';
import { instantTime, recordingTransport, scripted, type FakeHandler } from './fake-transport';

function client(handler: FakeHandler, retryBudgetMs = 20_000) {
  const fake = recordingTransport(handler);
  const time = instantTime();
  return { ...fake, sleeps: time.sleeps, jira: createJiraClient(fake.transport, { ...time.options, retryBudgetMs }) };
}

const task = (status: string, message?: string) => ({
  self: 'https://site/rest/api/3/task/10010',
  id: '10010',
  status,
  ...(message ? { message } : {}),
  submitted: 1,
  submittedBy: 1,
  elapsedRuntime: 1,
  lastUpdate: 1,
  progress: status === 'COMPLETE' ? 100 : 50,
});

describe('single issue properties', () => {
  it('writes JSON with PUT', async () => {
    const { jira, requests } = client(scripted({ status: 200, body: {} }));
    await jira.setIssueProperty('ACC-1', 'accord-readiness', { score: 80, ready: 'yes' });
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([['PUT', '/rest/api/3/issue/ACC-1/properties/accord-readiness', { score: 80, ready: 'yes' }]]);
  });

  it('still throws when the caller may not write it', async () => {
    const { jira } = client(scripted({ status: 403, body: { errorMessages: ['No access'] } }));
    await expect(jira.setIssueProperty('ACC-1', 'accord-signoff', { state: 'approved' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses a value Jira would reject, before calling', async () => {
    const { jira, requests } = client(scripted({ status: 200 }));
    await expect(jira.setIssueProperty('ACC-1', 'big', 'x'.repeat(40_000))).rejects.toThrow(/32768/);
    await expect(jira.setIssueProperty('ACC-1', 'nothing', undefined)).rejects.toThrow(/JSON value/);
    expect(requests).toHaveLength(0);
  });
});

describe('planBulkPropertyRequests', () => {
  it('keeps requests within 100 issues and 10 properties per issue, each issue once per request', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ issueId: String(10_000 + i), properties: { p: i } }));
    const wide = { issueId: 99, properties: Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`k${i}`, i])) };
    const plan = planBulkPropertyRequests([...many, wide]);
    for (const request of plan) {
      expect(request.length).toBeLessThanOrEqual(100);
      expect(new Set(request.map((e) => e.issueID)).size).toBe(request.length);
      for (const entry of request) expect(Object.keys(entry.properties).length).toBeLessThanOrEqual(10);
    }
    const all = plan.flat();
    expect(all.filter((e) => e.issueID === 99).flatMap((e) => Object.keys(e.properties))).toHaveLength(23);
    expect(all.filter((e) => e.issueID !== 99)).toHaveLength(250);
  });

  it('merges updates for the same issue and rejects keys where ids are needed', () => {
    expect(planBulkPropertyRequests([{ issueId: 1, properties: { a: 1 } }, { issueId: '1', properties: { b: 2 } }])).toEqual([
      [{ issueID: 1, properties: { a: 1, b: 2 } }],
    ]);
    expect(() => planBulkPropertyRequests([{ issueId: 'ACC-1', properties: { a: 1 } }])).toThrow(/numeric issue ids.*ACC-1/);
  });

  it('finds the task id in a Location', () => {
    expect(taskIdFromLocation('https://site.atlassian.net/rest/api/3/task/10010')).toBe('10010');
    expect(taskIdFromLocation(null)).toBeUndefined();
  });
});

describe('setIssuePropertiesBulk', () => {
  it('follows the 303 to the task and polls until it completes', async () => {
    const { jira, requests, sleeps } = client(
      scripted(
        { status: 303, headers: { Location: 'https://site.atlassian.net/rest/api/3/task/10010' } },
        { body: task('RUNNING') },
        { body: task('COMPLETE') },
      ),
    );
    await jira.setIssuePropertiesBulk([{ issueId: 10001, properties: { 'accord-readiness': { score: 40 } } }]);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issue/properties/multi',
      'GET /rest/api/3/task/10010',
      'GET /rest/api/3/task/10010',
    ]);
    expect(requests[0]?.body).toEqual({ issues: [{ issueID: 10001, properties: { 'accord-readiness': { score: 40 } } }] });
    expect(sleeps).toEqual([1_000]);
  });

  it('does not read the task when the caller does not wait for completion', async () => {
    const { jira, requests } = client(scripted({ status: 303, headers: { Location: 'https://site.atlassian.net/rest/api/3/task/10010' } }));
    await jira.setIssuePropertiesBulk([{ issueId: 10001, properties: { 'accord-readiness': { score: 40 } } }], { waitForCompletion: false });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/issue/properties/multi']);
  });

  it('accepts a task handed over directly (redirect already followed)', async () => {
    const { jira, requests } = client(scripted({ body: task('COMPLETE') }));
    await jira.setIssuePropertiesBulk([{ issueId: 1, properties: { a: 1 } }]);
    expect(requests).toHaveLength(1);
  });

  it('reports a failed task with its message', async () => {
    const { jira } = client(scripted({ status: 303, headers: { Location: '/rest/api/3/task/7' } }, { body: task('FAILED', 'Too many') }));
    const error = await jira.setIssuePropertiesBulk([{ issueId: 1, properties: { a: 1 } }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).message).toMatch(/FAILED: Too many/);
  });

  it('stops waiting for a task when the budget runs out', async () => {
    const { jira } = client(scripted({ status: 303, headers: { Location: '/rest/api/3/task/7' } }, { body: task('RUNNING') }), 5_000);
    await expect(jira.setIssuePropertiesBulk([{ issueId: 1, properties: { a: 1 } }])).rejects.toBeInstanceOf(JiraUnavailableError);
  });

  it('sends nothing for no updates', async () => {
    const { jira, requests } = client(scripted({ status: 500 }));
    await jira.setIssuePropertiesBulk([]);
    expect(requests).toHaveLength(0);
  });
});
