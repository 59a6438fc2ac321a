/** One issue field's value, in the shape Jira's REST API gives it. */
import { adfToHtml } from '../adf-text';
import { FIELD_NAMES, SPRINT_FIELD, STORY_POINTS_FIELD, issueTypeByName, priorityByNameOrId } from '../model/catalog';
import { statusJson } from '../model/workflow';
import type { IssueRecord } from '../store';
import { commentJson } from './activity';
import { sprintFieldJson } from './agile';
import { formatDuration, jiraDateTime } from './format';
import { issueTypeJson, projectRefJson } from './projects';
import type { Site } from './site';
import { userDetailsJson } from './users';
import { fixVersionJson } from './versions';
import { worklogJson } from './worklogs';

/** Jira embeds at most this many comments and worklogs in an issue's fields. */
const EMBEDDED_LIMIT = 20;

const BLOCKS_TYPE = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };

function priorityJson(site: Site, name: string | null): Record<string, unknown> | null {
  const priority = name ? priorityByNameOrId(name) : undefined;
  if (!priority) return null;
  return {
    self: `${site.baseUrl}/rest/api/3/priority/${priority.id}`,
    iconUrl: `${site.baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
  };
}

/** Another issue as Jira embeds it in links and in `parent`: id, key, self and four fields. */
export function issueRefJson(site: Site, issueId: number): Record<string, unknown> | null {
  const linked = site.store.issues.find(issueId);
  if (!linked) return null;
  const type = issueTypeByName(linked.issueType);
  return {
    id: String(linked.id),
    key: linked.key,
    self: `${site.baseUrl}/rest/api/3/issue/${linked.id}`,
    fields: {
      summary: linked.summary,
      status: statusJson(site.baseUrl, linked.status),
      priority: priorityJson(site, linked.priority) ?? undefined,
      issuetype: type ? issueTypeJson(site, type) : undefined,
    },
  };
}

function issueLinksJson(site: Site, issue: IssueRecord): Array<Record<string, unknown>> {
  const links: Array<Record<string, unknown>> = [];
  for (const link of site.store.issues.links(issue.id)) {
    const self = `${site.baseUrl}/rest/api/3/issueLink/${link.id}`;
    const type = { ...BLOCKS_TYPE, self: `${site.baseUrl}/rest/api/3/issueLinkType/${BLOCKS_TYPE.id}` };
    // From this issue's side: when it is the outward one it "blocks" the other (shown as outwardIssue).
    const otherId = link.outwardIssueId === issue.id ? link.inwardIssueId : link.outwardIssueId;
    const other = issueRefJson(site, otherId);
    if (!other) continue;
    links.push(link.outwardIssueId === issue.id ? { id: String(link.id), self, type, outwardIssue: other } : { id: String(link.id), self, type, inwardIssue: other });
  }
  return links;
}

function timetrackingJson(site: Site, issue: IssueRecord): Record<string, unknown> {
  const spent = site.store.worklogs.timeSpent(issue.id);
  const result: Record<string, unknown> = {};
  if (issue.originalEstimateSeconds !== null) {
    result['originalEstimate'] = formatDuration(issue.originalEstimateSeconds);
    result['originalEstimateSeconds'] = issue.originalEstimateSeconds;
  }
  if (issue.remainingEstimateSeconds !== null) {
    result['remainingEstimate'] = formatDuration(issue.remainingEstimateSeconds);
    result['remainingEstimateSeconds'] = issue.remainingEstimateSeconds;
  }
  if (spent > 0) {
    result['timeSpent'] = formatDuration(spent);
    result['timeSpentSeconds'] = spent;
  }
  return result;
}

export function fieldValue(site: Site, issue: IssueRecord, field: string): unknown {
  switch (field) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description;
    case 'issuetype': {
      const type = issueTypeByName(issue.issueType);
      return type ? issueTypeJson(site, type) : null;
    }
    case 'status':
      return statusJson(site.baseUrl, issue.status);
    case 'project': {
      const project = site.store.directory.project(issue.projectId);
      return project ? projectRefJson(site, project) : null;
    }
    case 'assignee':
      return userDetailsJson(site, issue.assignee);
    case 'reporter':
      return userDetailsJson(site, issue.reporter);
    case 'priority':
      return priorityJson(site, issue.priority);
    case 'labels':
      return issue.labels;
    case 'duedate':
      return issue.duedate;
    case 'created':
      return jiraDateTime(issue.created);
    case 'updated':
      return jiraDateTime(issue.updated);
    case 'resolutiondate':
      return jiraDateTime(issue.resolutiondate);
    case 'resolution':
      return issue.resolutiondate
        ? { self: `${site.baseUrl}/rest/api/3/resolution/10000`, id: '10000', description: 'Work has been completed on this issue.', name: 'Done' }
        : null;
    case 'issuelinks':
      return issueLinksJson(site, issue);
    case SPRINT_FIELD: {
      const sprints = issue.sprintIds.map((id) => site.store.agile.sprint(id)).filter((sprint) => sprint !== undefined);
      return sprints.length > 0 ? sprints.map(sprintFieldJson) : null;
    }
    case STORY_POINTS_FIELD:
      return issue.storyPoints;
    case 'comment': {
      const comments = site.store.activity.comments(issue.id);
      const shown = comments.slice(-EMBEDDED_LIMIT);
      return {
        comments: shown.map((comment) => commentJson(site, issue.id, comment)),
        self: `${site.baseUrl}/rest/api/3/issue/${issue.id}/comment`,
        maxResults: shown.length,
        total: comments.length,
        startAt: comments.length - shown.length,
      };
    }
    case 'fixVersions':
      return issue.fixVersionIds.map((id) => site.store.versions.get(id)).filter((version) => version !== undefined).map((version) => fixVersionJson(site, version));
    case 'parent':
      return issue.parentId === null ? undefined : (issueRefJson(site, issue.parentId) ?? undefined);
    case 'timespent': {
      const spent = site.store.worklogs.timeSpent(issue.id);
      return spent > 0 ? spent : null;
    }
    case 'timeoriginalestimate':
      return issue.originalEstimateSeconds;
    case 'timeestimate':
      return issue.remainingEstimateSeconds;
    case 'worklog': {
      const worklogs = site.store.worklogs.ofIssue(issue.id);
      const shown = worklogs.slice(0, EMBEDDED_LIMIT);
      return { startAt: 0, maxResults: EMBEDDED_LIMIT, total: worklogs.length, worklogs: shown.map((worklog) => worklogJson(site, worklog)) };
    }
    case 'timetracking':
      return timetrackingJson(site, issue);
    default:
      return undefined;
  }
}

export function renderedFieldValue(site: Site, issue: IssueRecord, field: string): unknown {
  if (field === 'description') return issue.description ? adfToHtml(issue.description) : '';
  const value = fieldValue(site, issue, field);
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? null : String(value);
}

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field;
}
