import { describe, expect, it } from 'vitest';
import { createJiraClient } from '../../src/adapters/jira';
import type { AdfDocument, JiraPort } from '../../src/ports/jira';
import { everyMethod } from './every-client-method';
import { instantTime, recordingTransport, type FakeAnswer, type RecordedRequest } from '../unit/adapters/jira/fake-transport';
import { findOperation, validateRequest, validateResponse } from './openapi';

const user = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Product Owner', active: true, accountType: 'atlassian' };
const adf: AdfDocument = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Approved.' }] }] };
const created = '2026-01-05T09:00:00.000+0000';
const issue = { id: '10001', key: 'ACC-1', fields: { summary: 'Pay by card', labels: ['checkout'] }, properties: { 'accord-signoff': { state: 'approved' } } };
const task = { self: 'https://site.atlassian.net/rest/api/3/task/10010', id: '10010', status: 'COMPLETE', submitted: 1, submittedBy: 1, elapsedRuntime: 1, lastUpdate: 1, progress: 100 };

/** Plausible Jira answers, keyed by "METHOD template" of the operation the request names. */
const answers: Record<string, FakeAnswer> = {
  'GET /rest/api/3/issue/{issueIdOrKey}': { body: issue },
  'POST /rest/api/3/search/jql': { body: { issues: [issue], isLast: true } },
  'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': { status: 200, body: {} },
  'POST /rest/api/3/issue/properties/multi': { status: 303, headers: { Location: task.self } },
  'GET /rest/api/3/task/{taskId}': { body: task },
  'POST /rest/api/3/issue/{issueIdOrKey}/comment': { status: 201, body: { id: '10100', body: adf, author: user, created } },
  'GET /rest/api/3/issue/{issueIdOrKey}/comment': { body: { comments: [{ id: '10100', body: adf, author: user, created }], startAt: 0, maxResults: 50, total: 1 } },
  'GET /rest/api/3/mypermissions': { body: { permissions: { BROWSE_PROJECTS: { key: 'BROWSE_PROJECTS', havePermission: true } } } },
  'GET /rest/api/3/user/bulk': { body: { values: [user], isLast: true, startAt: 0, maxResults: 50, total: 1 } },
  'GET /rest/api/3/project/{projectIdOrKey}': { body: { id: '10000', key: 'ACC', name: 'Accord demo', projectTypeKey: 'software', simplified: false } },
  'GET /rest/api/3/project/search': {
    body: { values: [{ id: '10000', key: 'ACC', name: 'Accord demo' }], isLast: true, startAt: 0, maxResults: 50, total: 1 },
  },
  'GET /rest/api/3/user/permission/search': { body: [user] },
  'GET /rest/api/3/user/viewissue/search': { body: [user] },
  'GET /rest/api/3/field': {
    body: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['summary'], schema: { type: 'string', system: 'summary' } },
      {
        id: 'customfield_10028', key: 'customfield_10028', name: 'Story Points', custom: true, orderable: true, navigable: true, searchable: true,
        clauseNames: ['cf[10028]', 'Story Points'], schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10028 },
      },
    ],
  },
  'GET /rest/agile/1.0/board': { body: { values: [{ id: 1, name: 'ACC board', type: 'scrum' }], isLast: true, startAt: 0, maxResults: 50, total: 1 } },
  'GET /rest/agile/1.0/board/{boardId}/sprint': {
    body: { values: [{ id: 37, name: 'Sprint 7', state: 'future', originBoardId: 1 }], isLast: true, startAt: 0, maxResults: 50 },
  },
  'GET /rest/agile/1.0/board/{boardId}/configuration': {
    body: {
      id: 1, name: 'ACC board', type: 'scrum', self: 'https://site/rest/agile/1.0/board/1/configuration',
      columnConfig: { columns: [{ name: 'To Do', statuses: [{ id: '10000', self: 'https://site/s/10000' }] }, { name: 'Done', statuses: [{ id: '10002', self: 'https://site/s/10002' }] }], constraintType: 'none' },
      estimation: { type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } },
    },
  },
  'GET /rest/api/3/status': { body: [{ id: '10002', name: 'Done', statusCategory: { id: 3, key: 'done', name: 'Done', colorName: 'green' } }] },
  'GET /rest/api/3/project/{projectIdOrKey}/versions': {
    body: [{ id: '10100', name: 'Portal 1.1', released: false, archived: false, releaseDate: '2026-12-12', projectId: 10000, self: 'https://site/rest/api/3/version/10100' }],
  },
  'POST /rest/api/3/changelog/bulkfetch': {
    body: {
      issueChangeLogs: [
        {
          issueId: '10001',
          changeHistories: [{ id: '1', author: user, created, items: [{ field: 'Sprint', fieldtype: 'custom', fieldId: 'customfield_10020', from: '', fromString: '', to: '37', toString: 'Sprint 7' }] }],
        },
      ],
    },
  },
  'GET /rest/api/3/worklog/updated': { body: { values: [{ worklogId: 100, updatedTime: 1767603600000, properties: [] }], since: 0, until: 1767603600000, lastPage: true, self: 'https://site/rest/api/3/worklog/updated?since=0' } },
  'GET /rest/api/3/worklog/deleted': { body: { values: [], since: 0, until: 0, lastPage: true, self: 'https://site/rest/api/3/worklog/deleted?since=0' } },
  'POST /rest/api/3/worklog/list': { body: [{ id: '100', issueId: '10001', author: user, started: created, timeSpentSeconds: 3600, timeSpent: '1h' }] },
  'GET /rest/api/3/issue/{issueIdOrKey}/worklog': {
    body: { worklogs: [{ id: '100', issueId: '10001', author: user, started: created, timeSpentSeconds: 3600, timeSpent: '1h' }], startAt: 0, maxResults: 5000, total: 1 },
  },
};

const fakeWorld = { issueKey: 'ACC-1', issueIds: ['10001', 10002], projectKey: 'ACC', boardId: 1, sprintId: 37, accountIds: [user.accountId, '70121:2b0e1a1c-aaaa-bbbb-cccc-0123456789ab'], searchToken: 'abc', worklogIds: [100], signOffPermission: 'ari:cloud:ecosystem::extension/6f1b0c1e-6a43-4a53-9d3e-acc0d0000001/env/static/sign-off-work-results' };

function fakeJira() {
  const fake = recordingTransport((request: RecordedRequest) => {
    const operation = findOperation(request.method, request.path);
    const answer = operation && answers[`${operation.method} ${operation.template}`];
    return answer ?? { status: 404, body: { errorMessages: [`fake has no answer for ${request.method} ${request.path}`] } };
  });
  const jira = createJiraClient(fake.transport, { ...instantTime().options, retryBudgetMs: 20_000 });
  return { jira, requests: fake.requests };
}

describe('every request the Jira client makes is a documented Jira operation', () => {
  it.each(Object.keys(everyMethod(fakeWorld)) as Array<keyof JiraPort>)('%s', async (method) => {
    const { jira, requests } = fakeJira();
    await everyMethod(fakeWorld)[method](jira);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      const result = validateRequest(request);
      expect(result.errors, `${request.method} ${request.path}`).toEqual([]);
    }
  });

  it('the fake answers are themselves valid Jira responses', () => {
    for (const [key, answer] of Object.entries(answers)) {
      const [method = '', template = ''] = key.split(' ');
      const path = template.replace(/\{[^}]+\}/g, '1');
      const result = validateResponse({ method, path, status: answer.status ?? 200, body: answer.body ?? {} });
      expect(result.errors, key).toEqual([]);
    }
  });

  it('the checker catches a bad request', () => {
    expect(validateRequest({ method: 'GET', path: '/rest/api/3/search?jql=x' }).ok).toBe(false);
    expect(validateRequest({ method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'x', maxResults: 'ten' } }).errors).toEqual([
      'body/maxResults: must be integer',
    ]);
    expect(validateRequest({ method: 'GET', path: '/rest/api/3/mypermissions?permission=BROWSE_PROJECTS' }).ok).toBe(false);
  });
});
