/**
 * Runtime shapes of the Jira answers the app reads. Lenient on purpose: unknown fields pass through
 * and optional fields may be missing; what the app relies on is checked, so a malformed answer fails
 * here with a clear message instead of deep in a use case.
 */
import { z } from 'zod';
import type {
  AdfDocument,
  AdfNode,
  ChangelogEntry,
  JiraBoard,
  JiraComment,
  JiraField,
  JiraBoardConfiguration,
  JiraIssue,
  JiraIssueLink,
  JiraLinkedIssue,
  JiraProject,
  JiraSprint,
  JiraStatusDetails,
  JiraUser,
  JiraVersion,
  JiraWorklog,
} from '../../ports/jira';

const record = z.record(z.string(), z.unknown());

export const adfNodeSchema: z.ZodType<AdfNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    content: z.array(adfNodeSchema).optional(),
    text: z.string().optional(),
    attrs: record.optional(),
    marks: z.array(z.looseObject({ type: z.string(), attrs: record.optional() })).optional(),
  }),
);

export const adfDocumentSchema = z.looseObject({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(adfNodeSchema),
}) satisfies z.ZodType<AdfDocument>;

export const userSchema = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  active: z.boolean().optional(),
  emailAddress: z.string().optional(),
  timeZone: z.string().optional(),
  avatarUrls: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<JiraUser>;

const statusSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  statusCategory: z.looseObject({ key: z.string().optional(), name: z.string().optional() }).optional(),
});

// `toString` is also an Object.prototype member: give the item own null defaults first, so a missing
// value reads as null and not as the inherited function.
const changelogItemSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null
      ? { from: null, fromString: null, to: null, toString: null, ...value }
      : value,
  z.looseObject({
    field: z.string(),
    fieldId: z.string().optional(),
    fieldtype: z.string().optional(),
    from: z.string().nullable(),
    fromString: z.string().nullable(),
    to: z.string().nullable(),
    toString: z.string().nullable(),
  }),
);

export const changelogEntrySchema = z.looseObject({
  id: z.string(),
  author: userSchema.optional(),
  created: z.string(),
  items: z.array(changelogItemSchema),
}) satisfies z.ZodType<ChangelogEntry>;

const linkedIssueSchema = z.looseObject({
  id: z.string().optional(),
  key: z.string(),
  fields: z.looseObject({ status: statusSchema.optional(), summary: z.string().optional() }).optional(),
}) satisfies z.ZodType<JiraLinkedIssue>;

const issueLinkSchema = z.looseObject({
  id: z.string().optional(),
  type: z.looseObject({ name: z.string().optional(), inward: z.string().optional(), outward: z.string().optional() }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
}) satisfies z.ZodType<JiraIssueLink>;

export const worklogSchema = z.looseObject({
  id: z.string(),
  issueId: z.string(),
  author: userSchema.optional(),
  started: z.string(),
  timeSpentSeconds: z.number().nonnegative(),
  created: z.string().optional(),
  updated: z.string().optional(),
}) satisfies z.ZodType<JiraWorklog>;

const issueFieldsSchema = z.looseObject({
  summary: z.string().optional(),
  description: adfDocumentSchema.nullable().optional(),
  status: statusSchema.optional(),
  issuetype: z.looseObject({ id: z.string().optional(), name: z.string(), subtask: z.boolean().optional() }).optional(),
  project: z.looseObject({ id: z.string(), key: z.string(), name: z.string().optional() }).optional(),
  priority: z.looseObject({ id: z.string().optional(), name: z.string() }).nullable().optional(),
  issuelinks: z.array(issueLinkSchema).optional(),
  parent: z
    .looseObject({
      id: z.string(),
      key: z.string(),
      fields: z
        .looseObject({ summary: z.string().optional(), issuetype: z.looseObject({ name: z.string(), hierarchyLevel: z.number().optional() }).optional() })
        .optional(),
    })
    .optional(),
  fixVersions: z
    .array(z.looseObject({ id: z.string(), name: z.string().optional(), released: z.boolean().optional(), releaseDate: z.string().optional() }))
    .optional(),
  worklog: z.looseObject({ total: z.number().int().nonnegative(), maxResults: z.number().optional(), worklogs: z.array(worklogSchema).default([]) }).optional(),
  assignee: userSchema.nullable().optional(),
  reporter: userSchema.nullable().optional(),
  labels: z.array(z.string()).optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  duedate: z.string().nullable().optional(),
  resolutiondate: z.string().nullable().optional(),
});

export const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  // Jira omits `fields` when only the id was asked for.
  fields: issueFieldsSchema.optional().transform((fields) => fields ?? {}),
  properties: record.optional(),
  renderedFields: record.optional(),
  changelog: z.looseObject({ histories: z.array(changelogEntrySchema), total: z.number().optional() }).optional(),
}) satisfies z.ZodType<JiraIssue>;

export const searchPageSchema = z.looseObject({
  issues: z.array(issueSchema).default([]),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

export const taskSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  message: z.string().optional(),
  result: z.unknown().optional(),
});

export const commentSchema = z.looseObject({
  id: z.string(),
  body: adfDocumentSchema.optional(),
  author: userSchema.optional(),
  created: z.string().optional(),
}) satisfies z.ZodType<JiraComment>;

export const myPermissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })),
});

export const projectSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  issueTypes: z.array(z.looseObject({ id: z.string().optional(), name: z.string(), subtask: z.boolean().optional() })).optional(),
  projectTypeKey: z.string().optional(),
  simplified: z.boolean().optional(),
  lead: userSchema.optional(),
}) satisfies z.ZodType<JiraProject>;

export const fieldSchema = z.looseObject({
  id: z.string(),
  key: z.string().optional(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z
    .looseObject({
      type: z.string(),
      items: z.string().optional(),
      system: z.string().optional(),
      custom: z.string().optional(),
      customId: z.number().optional(),
    })
    .optional(),
}) satisfies z.ZodType<JiraField>;

export const boardSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
}) satisfies z.ZodType<JiraBoard>;

export const sprintSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  state: z.enum(['future', 'active', 'closed']),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  completeDate: z.string().optional(),
  originBoardId: z.number().int().optional(),
  goal: z.string().optional(),
}) satisfies z.ZodType<JiraSprint>;

/** Offset pages (PageBean*, agile pages): `values` plus whatever tells where the end is. */
export function offsetPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    values: z.array(item).default([]),
    startAt: z.number().optional(),
    maxResults: z.number().optional(),
    total: z.number().optional(),
    isLast: z.boolean().optional(),
  });
}

export const versionSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  archived: z.boolean().optional(),
  released: z.boolean().optional(),
  startDate: z.string().optional(),
  releaseDate: z.string().optional(),
  overdue: z.boolean().optional(),
  projectId: z.number().optional(),
}) satisfies z.ZodType<JiraVersion>;

/** POST /changelog/bulkfetch: a page of histories across issues; the token is null (or absent) on the last. */
export const bulkChangelogPageSchema = z.looseObject({
  issueChangeLogs: z.array(z.looseObject({ issueId: z.string(), changeHistories: z.array(changelogEntrySchema).default([]) })).default([]),
  nextPageToken: z.string().nullable().optional(),
});

/** GET /worklog/updated and /worklog/deleted. */
export const changedWorklogsSchema = z.looseObject({
  values: z.array(z.looseObject({ worklogId: z.number().int(), updatedTime: z.number().int() })).default([]),
  since: z.number().int().optional(),
  until: z.number().int().optional(),
  lastPage: z.boolean().optional(),
  nextPage: z.string().optional(),
});

export const boardConfigurationSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().optional(),
  estimation: z.looseObject({ type: z.string().optional(), field: z.looseObject({ fieldId: z.string(), displayName: z.string().optional() }).optional() }).optional(),
  columnConfig: z
    .looseObject({ columns: z.array(z.looseObject({ name: z.string(), statuses: z.array(z.looseObject({ id: z.string() })).default([]) })).default([]) })
    .optional(),
}) satisfies z.ZodType<JiraBoardConfiguration>;

export const statusDetailsSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  statusCategory: z.looseObject({ key: z.string().optional(), name: z.string().optional() }).optional(),
}) satisfies z.ZodType<JiraStatusDetails>;

