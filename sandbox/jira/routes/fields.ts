/** GET /rest/api/3/field: the fields the emulator serves, described as Jira Cloud describes them (FieldDetails). */
import { ok } from '../http/responses';
import type { RouteHandler } from '../http/route-context';
import { FIELD_NAMES, NAVIGABLE_FIELDS, SPRINT_FIELD, STORY_POINTS_FIELD } from '../model/catalog';

interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

interface FieldShape {
  schema: FieldSchema;
  clauseNames: string[];
  /** Whether the field can be placed on a screen and set (Jira's "orderable"). */
  orderable: boolean;
}

const system = (id: string, type: string, clauseNames: string[], orderable = true, items?: string): FieldShape => ({
  schema: { type, ...(items ? { items } : {}), system: id },
  clauseNames,
  orderable,
});

/** Types and JQL names as a Jira Cloud site reports them for these fields. */
const SHAPES: Record<string, FieldShape> = {
  summary: system('summary', 'string', ['summary']),
  description: system('description', 'string', ['description']),
  issuetype: system('issuetype', 'issuetype', ['issuetype', 'type']),
  status: system('status', 'status', ['status'], false),
  project: system('project', 'project', ['project']),
  assignee: system('assignee', 'user', ['assignee']),
  reporter: system('reporter', 'user', ['reporter']),
  priority: system('priority', 'priority', ['priority']),
  labels: system('labels', 'array', ['labels'], true, 'string'),
  duedate: system('duedate', 'date', ['due', 'duedate']),
  created: system('created', 'datetime', ['created', 'createdDate'], false),
  updated: system('updated', 'datetime', ['updated', 'updatedDate'], false),
  resolution: system('resolution', 'resolution', ['resolution']),
  resolutiondate: system('resolutiondate', 'datetime', ['resolutiondate', 'resolved'], false),
  issuelinks: system('issuelinks', 'array', ['issueLink'], true, 'issuelinks'),
  fixVersions: system('fixVersions', 'array', ['fixVersion'], true, 'version'),
  parent: system('parent', 'issuelink', ['parent'], true),
  timespent: system('timespent', 'number', ['timespent'], false),
  timeoriginalestimate: system('timeoriginalestimate', 'number', ['originalEstimate', 'timeoriginalestimate'], false),
  timeestimate: system('timeestimate', 'number', ['remainingEstimate', 'timeestimate'], false),
  comment: system('comment', 'comments-page', ['comment']),
  worklog: system('worklog', 'array', [], true, 'worklog'),
  timetracking: system('timetracking', 'timetracking', []),
  [STORY_POINTS_FIELD]: {
    schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
    clauseNames: ['cf[10016]', 'Story point estimate', 'Story point estimate[Number]'],
    orderable: true,
  },
  [SPRINT_FIELD]: {
    schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 },
    clauseNames: ['cf[10020]', 'Sprint', 'sprint'],
    orderable: true,
  },
};

const listFields: RouteHandler = () =>
  ok(
    Object.entries(FIELD_NAMES).map(([id, name]) => {
      const shape = SHAPES[id] ?? { schema: { type: 'any', system: id }, clauseNames: [id], orderable: false };
      return {
        id,
        key: id,
        name,
        custom: shape.schema.custom !== undefined,
        orderable: shape.orderable,
        navigable: NAVIGABLE_FIELDS.includes(id),
        searchable: true,
        clauseNames: shape.clauseNames,
        schema: shape.schema,
      };
    }),
  );

export const fieldRoutes: Array<[string, string, RouteHandler]> = [['GET', '/rest/api/3/field', listFields]];
