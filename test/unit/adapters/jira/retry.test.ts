import { describe, expect, it } from 'vitest';
import { backoffMs, createJiraClient, parseRetryAfterMs } from '../../../../src/adapters/jira';
import {
  ForbiddenError,
  JiraError,
  JiraUnavailableError,
  NotFoundError,
  RateLimitedError,
} from '../../../../src/ports/jira';
import { instantTime, recordingTransport, scripted } from './fake-transport';

const project = { id: '10000', key: 'ACC', name: 'Accord' };

function client(handler: Parameters<typeof recordingTransport>[0], budgetMs = 20_000, random = 0.5) {
  const time = instantTime(random);
  const fake = recordingTransport(handler);
  return { ...fake, sleeps: time.sleeps, jira: createJiraClient(fake.transport, { ...time.options, retryBudgetMs: budgetMs }) };
}

describe('retry on 429 and 503', () => {
  it('waits what Retry-After says, then succeeds', async () => {
    const { jira, sleeps, requests } = client(scripted({ status: 429, headers: { 'Retry-After': '3' } }, { body: project }));
    await expect(jira.getProject('ACC')).resolves.toMatchObject({ key: 'ACC' });
    expect(sleeps).toEqual([3_000]);
    expect(requests).toHaveLength(2);
  });

  it('backs off exponentially from 5 s without Retry-After', async () => {
    const { jira, sleeps } = client(scripted({ status: 503 }, { status: 503 }, { status: 429 }, { body: project }), 120_000);
    await jira.getProject('ACC');
    expect(sleeps).toEqual([5_000, 10_000, 20_000]);
  });

  it('gives up after 4 retries with a typed RateLimitedError', async () => {
    const { jira, requests } = client(scripted({ status: 429, headers: { 'Retry-After': '1' } }), 1_000_000);
    const error = await jira.getProject('ACC').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(1);
    expect(requests).toHaveLength(5);
  });

  it('gives up as soon as the budget cannot cover the next wait', async () => {
    const { jira, sleeps } = client(
      scripted({ status: 429, headers: { 'Retry-After': '8' } }, { status: 429, headers: { 'Retry-After': '15' } }),
      20_000,
    );
    const error = await jira.getProject('ACC').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(sleeps).toEqual([8_000]);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(15);
  });

  it('reports a 503 that does not clear as JiraUnavailableError', async () => {
    const { jira } = client(scripted({ status: 503, body: { errorMessages: ['Down for maintenance'] } }), 10_000);
    const error = await jira.getProject('ACC').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraUnavailableError);
    expect((error as JiraUnavailableError).errorMessages).toEqual(['Down for maintenance']);
  });

  it('does not retry other failures', async () => {
    const { jira, requests } = client(scripted({ status: 500, body: { errorMessages: ['Boom'] } }));
    await expect(jira.getProject('ACC')).rejects.toBeInstanceOf(JiraUnavailableError);
    expect(requests).toHaveLength(1);
  });
});

describe('errors keep Jira messages and map from status', () => {
  it.each([
    [404, NotFoundError],
    [403, ForbiddenError],
    [401, ForbiddenError],
    [400, JiraError],
  ])('%i', async (status, type) => {
    const { jira } = client(
      scripted({ status, body: { errorMessages: ['Issue does not exist'], errors: { fields: 'bad field' } } }),
    );
    const error = await jira.getIssue('ACC-9', { fields: ['summary'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    const jiraError = error as JiraError;
    expect(jiraError.status).toBe(status);
    expect(jiraError.errorMessages).toEqual(['Issue does not exist']);
    expect(jiraError.errors).toEqual({ fields: 'bad field' });
    expect(jiraError.message).toContain('GET /rest/api/3/issue/ACC-9');
    expect(jiraError.message).toContain('Issue does not exist');
  });

  it('keeps a non-JSON error body as the message', async () => {
    const { jira } = client(scripted({ status: 502, body: 'Bad gateway' }));
    const error = (await jira.getProject('ACC').catch((e: unknown) => e)) as JiraError;
    expect(error.errorMessages).toEqual(['Bad gateway']);
  });
});

describe('backoff arithmetic', () => {
  it('caps at 30 s and jitters within x0.7-1.3', () => {
    expect(backoffMs(0, () => 0)).toBe(3_500);
    expect(backoffMs(0, () => 0.999_999)).toBeCloseTo(6_500, -1);
    expect(backoffMs(5, () => 0.5)).toBe(30_000);
    expect(backoffMs(10, () => 0)).toBe(21_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfterMs('12', 0)).toBe(12_000);
    expect(parseRetryAfterMs(null, 0)).toBeUndefined();
    expect(parseRetryAfterMs('soon', 0)).toBeUndefined();
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(parseRetryAfterMs('Mon, 02 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
  });
});
