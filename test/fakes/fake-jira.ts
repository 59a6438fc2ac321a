import {
  ForbiddenError,
  NotFoundError,
  type AdfDocument,
  type IssuePropertiesUpdate,
  type IssueQuery,
  type IssueSearch,
  type IssueSearchPage,
  type ChangelogEntry,
  type JiraBoard,
  type JiraBoardConfiguration,
  type JiraComment,
  type JiraField,
  type JiraIssue,
  type JiraIssueFields,
  type JiraPort,
  type JiraProject,
  type JiraSprint,
  type JiraStatusDetails,
  type JiraUser,
  type JiraVersion,
  type JiraWorklog,
} from '../../src/ports/jira';

export const FAKE_SPRINT_FIELD = 'customfield_10020';
export const FAKE_POINTS_FIELD = 'customfield_10016';
/** Who may do everything in every project. */
const APP = 'app';

export interface FakeIssue {
  id: string;
  key: string;
  projectKey: string;
  fields: JiraIssueFields;
  properties: Record<string, unknown>;
  comments: JiraComment[];
}

export interface FakeRequest {
  as: string;
  method: keyof JiraPort;
  /** What was asked: an issue key, a JQL query, a project key. */
  detail: string;
}

type Fault = { method: keyof JiraPort; error: () => Error; remaining: number };

/**
 * Jira in memory, for unit tests of use cases: projects, issues with fields and properties, users with
 * project permissions, boards and sprints. `asApp()` sees everything; `asUser(id)` sees only the projects
 * the user may browse (others answer not-found, as Jira does). Every call is recorded; `failNext` makes the
 * next calls of a method throw. Search understands the JQL the app writes (project, sprint, key in) and refuses the rest.
 */
export class FakeJira {
  readonly projects: JiraProject[] = [];
  readonly users: JiraUser[] = [];
  readonly boards: Array<JiraBoard & { projectKey: string }> = [];
  readonly sprints: Array<JiraSprint & { boardId: number }> = [];
  readonly fields: JiraField[] = [
    { id: FAKE_POINTS_FIELD, name: 'Story point estimate', custom: true, schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points' } },
    { id: FAKE_SPRINT_FIELD, name: 'Sprint', custom: true, schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint' } },
  ];
  readonly issues = new Map<string, FakeIssue>();
  readonly versions: Array<JiraVersion & { projectKey: string }> = [];
  readonly statuses: JiraStatusDetails[] = [
    { id: '10000', name: 'To Do', statusCategory: { key: 'new' } },
    { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
    { id: '10001', name: 'In Review', statusCategory: { key: 'indeterminate' } },
    { id: '10002', name: 'Done', statusCategory: { key: 'done' } },
  ];
  /** Changelog entries per issue id, oldest first. */
  readonly histories = new Map<string, ChangelogEntry[]>();
  /** Every worklog, with when it last changed; deleted ones move to `deletedWorklogs`. */
  readonly worklogs: Array<JiraWorklog & { changedMs: number }> = [];
  readonly deletedWorklogs: Array<{ id: number; changedMs: number }> = [];
  /** What `now` is for worklog change feeds (Jira leaves out the last minute). */
  nowMs = Date.parse('2026-11-02T09:00:00Z');
  readonly requests: FakeRequest[] = [];
  /** accountId -> project key -> permission keys. */
  private readonly grants = new Map<string, Map<string, Set<string>>>();
  private readonly faults: Fault[] = [];
  private nextId = 10_000;

  addProject(project: { key: string; name?: string; issueTypes?: string[] }): JiraProject {
    const created: JiraProject = {
      id: String(this.nextId++),
      key: project.key,
      name: project.name ?? project.key,
      issueTypes: (project.issueTypes ?? ['Story', 'Bug', 'Task']).map((name) => ({ name, subtask: false })),
    };
    this.projects.push(created);
    return created;
  }

  addUser(accountId: string, displayName = accountId): JiraUser {
    const user = { accountId, displayName, active: true };
    this.users.push(user);
    return user;
  }

  grant(accountId: string, projectKey: string, ...permissions: string[]): void {
    const byProject = this.grants.get(accountId) ?? new Map<string, Set<string>>();
    const set = byProject.get(projectKey) ?? new Set<string>();
    for (const p of permissions) set.add(p);
    byProject.set(projectKey, set);
    this.grants.set(accountId, byProject);
  }

  revoke(accountId: string, projectKey: string, permission: string): void {
    this.grants.get(accountId)?.get(projectKey)?.delete(permission);
  }

  addIssue(projectKey: string, fields: JiraIssueFields, properties: Record<string, unknown> = {}): FakeIssue {
    const project = this.projects.find((p) => p.key === projectKey);
    if (!project) throw new Error(`FakeJira: no project ${projectKey}`);
    const number = [...this.issues.values()].filter((i) => i.projectKey === projectKey).length + 1;
    const issue: FakeIssue = {
      id: String(this.nextId++),
      key: `${projectKey}-${number}`,
      projectKey,
      fields: { ...fields, project: { id: project.id, key: project.key } },
      properties: structuredClone(properties),
      comments: [],
    };
    this.issues.set(issue.id, issue);
    return issue;
  }

  addSprint(projectKey: string, sprint: { name: string; state: JiraSprint['state']; startDate?: string }): JiraSprint {
    let board = this.boards.find((b) => b.projectKey === projectKey);
    if (!board) {
      board = { id: this.boards.length + 1, name: `${projectKey} board`, type: 'scrum', projectKey };
      this.boards.push(board);
    }
    const created = { id: this.sprints.length + 1, boardId: board.id, ...sprint };
    this.sprints.push(created);
    return created;
  }

  /** Puts an issue into a sprint (the Sprint field, as Jira lists it). */
  plan(issue: FakeIssue, sprint: JiraSprint): void {
    const current = Array.isArray(issue.fields[FAKE_SPRINT_FIELD]) ? (issue.fields[FAKE_SPRINT_FIELD] as unknown[]) : [];
    issue.fields[FAKE_SPRINT_FIELD] = [...current, { id: sprint.id, name: sprint.name, state: sprint.state }];
  }

  issue(key: string): FakeIssue {
    const found = [...this.issues.values()].find((i) => i.key === key || i.id === key);
    if (!found) throw new Error(`FakeJira: no issue ${key}`);
    return found;
  }

  addVersion(projectKey: string, version: Omit<JiraVersion, 'id'>): JiraVersion {
    const created = { id: String(this.nextId++), ...version, projectKey };
    this.versions.push(created);
    return created;
  }

  /** Records a change in an issue's history (the fields Jira would write in its changelog). */
  change(issue: FakeIssue, atIso: string, by: string | null, items: ChangelogEntry['items']): void {
    const list = this.histories.get(issue.id) ?? [];
    list.push({ id: String(this.nextId++), created: atIso, ...(by ? { author: { accountId: by, displayName: by } } : {}), items });
    this.histories.set(issue.id, list);
  }

  logWork(issue: FakeIssue, accountId: string, startedIso: string, seconds: number): JiraWorklog {
    const worklog = { id: String(this.nextId++), issueId: issue.id, author: { accountId, displayName: accountId }, started: startedIso, timeSpentSeconds: seconds, changedMs: this.nowMs };
    this.worklogs.push(worklog);
    return worklog;
  }

  deleteWorklog(id: string): void {
    const index = this.worklogs.findIndex((w) => w.id === id);
    if (index >= 0) this.worklogs.splice(index, 1);
    this.deletedWorklogs.push({ id: Number(id), changedMs: this.nowMs });
  }

  failNext(method: keyof JiraPort, error: () => Error, times = 1): void {
    this.faults.push({ method, error, remaining: times });
  }

  count(method: keyof JiraPort, as?: string): number {
    return this.requests.filter((r) => r.method === method && (as === undefined || r.as === as)).length;
  }

  asApp(): JiraPort {
    return this.port(APP);
  }

  asUser(accountId: string): JiraPort {
    return this.port(accountId);
  }

  private can(as: string, projectKey: string, permission: string): boolean {
    return as === APP || this.grants.get(as)?.get(projectKey)?.has(permission) === true;
  }

  private visible(as: string, keyOrId: string): FakeIssue {
    const issue = [...this.issues.values()].find((i) => i.key === keyOrId || i.id === keyOrId);
    if (!issue || !this.can(as, issue.projectKey, 'BROWSE_PROJECTS')) {
      throw new NotFoundError(`Issue does not exist or you do not have permission to see it: ${keyOrId}`, { status: 404 });
    }
    return issue;
  }

  private record(as: string, method: keyof JiraPort, detail: string): void {
    this.requests.push({ as, method, detail });
    const fault = this.faults.find((f) => f.method === method && f.remaining > 0);
    if (fault) {
      fault.remaining -= 1;
      throw fault.error();
    }
  }

  private view(issue: FakeIssue, query: IssueQuery): JiraIssue {
    const fields: JiraIssueFields = {};
    for (const name of query.fields) if (issue.fields[name] !== undefined) fields[name] = structuredClone(issue.fields[name]);
    const properties: Record<string, unknown> = {};
    for (const key of query.properties ?? []) if (issue.properties[key] !== undefined) properties[key] = structuredClone(issue.properties[key]);
    return { id: issue.id, key: issue.key, fields, ...(query.properties ? { properties } : {}) };
  }

  private matches(as: string, jql: string): FakeIssue[] {
    const [where = '', order] = jql.split(/\s+ORDER BY\s+/i);
    if (order !== undefined && !/^key ASC$/i.test(order.trim())) throw new Error(`FakeJira: cannot order by ${order}`);
    const clauses = where.split(/\s+AND\s+/i).map((c) => c.trim());
    const sprintState = (id: number) => this.sprints.find((s) => s.id === id)?.state;
    const inSprint = (issue: FakeIssue, test: (id: number) => boolean) =>
      (Array.isArray(issue.fields[FAKE_SPRINT_FIELD]) ? (issue.fields[FAKE_SPRINT_FIELD] as Array<{ id: number }>) : []).some((s) => test(s.id));
    const tests = clauses.map((clause): ((issue: FakeIssue) => boolean) => {
      let m = /^project\s*=\s*"?([A-Z][A-Z0-9]*)"?$/.exec(clause);
      if (m) return (i) => i.projectKey === m![1];
      if (/^sprint in futureSprints\(\)$/i.test(clause)) return (i) => inSprint(i, (id) => sprintState(id) === 'future');
      if (/^sprint in openSprints\(\)$/i.test(clause)) return (i) => inSprint(i, (id) => sprintState(id) === 'active');
      m = /^sprint\s*=\s*(\d+)$/.exec(clause);
      if (m) return (i) => inSprint(i, (id) => id === Number(m![1]));
      m = /^key in \(([A-Z0-9,\s-]+)\)$/i.exec(clause);
      if (m) {
        const keys = new Set(m[1]!.split(',').map((k) => k.trim()));
        return (i) => keys.has(i.key);
      }
      throw new Error(`FakeJira does not understand the JQL clause "${clause}"`);
    });
    return [...this.issues.values()]
      .filter((i) => this.can(as, i.projectKey, 'BROWSE_PROJECTS') && tests.every((t) => t(i)))
      .sort((a, b) => a.projectKey.localeCompare(b.projectKey) || Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]));
  }

  private port(as: string): JiraPort {
    const searchIssues = async (search: IssueSearch & { nextPageToken?: string }): Promise<IssueSearchPage> => {
      this.record(as, 'searchIssues', search.jql);
      const all = this.matches(as, search.jql);
      const start = search.nextPageToken ? Number(search.nextPageToken) : 0;
      const size = search.pageSize ?? 50;
      const issues = all.slice(start, start + size).map((i) => this.view(i, search));
      const isLast = start + size >= all.length;
      return { issues, isLast, ...(isLast ? {} : { nextPageToken: String(start + size) }) };
    };
    return {
      getIssue: async (keyOrId, query) => {
        this.record(as, 'getIssue', keyOrId);
        return this.view(this.visible(as, keyOrId), query);
      },
      searchIssues,
      async *searchAllIssues(search) {
        let token: string | undefined;
        for (;;) {
          const page = await searchIssues({ ...search, ...(token ? { nextPageToken: token } : {}) });
          yield page;
          if (page.isLast || !page.nextPageToken) return;
          token = page.nextPageToken;
        }
      },
      setIssueProperty: async (keyOrId, propertyKey, value) => {
        this.record(as, 'setIssueProperty', `${keyOrId} ${propertyKey}`);
        const issue = this.visible(as, keyOrId);
        if (!this.can(as, issue.projectKey, 'EDIT_ISSUES')) throw new ForbiddenError('You cannot edit this issue', { status: 403 });
        issue.properties[propertyKey] = structuredClone(value);
      },
      setIssuePropertiesBulk: async (updates: IssuePropertiesUpdate[]) => {
        this.record(as, 'setIssuePropertiesBulk', `${updates.length} issues`);
        for (const update of updates) {
          const issue = this.visible(as, String(update.issueId));
          Object.assign(issue.properties, structuredClone(update.properties));
        }
      },
      addComment: async (issueKey, body: AdfDocument) => {
        this.record(as, 'addComment', issueKey);
        const issue = this.visible(as, issueKey);
        const comment: JiraComment = { id: String(this.nextId++), body, author: { accountId: as } };
        issue.comments.push(comment);
        return comment;
      },
      getRecentComments: async (issueKey, max) => {
        this.record(as, 'getRecentComments', issueKey);
        return structuredClone([...this.visible(as, issueKey).comments].reverse().slice(0, max));
      },
      getMyPermissions: async (query) => {
        this.record(as, 'getMyPermissions', query.projectKey ?? query.issueKey ?? '');
        const projectKey = query.projectKey ?? (query.issueKey ? this.visible(as, query.issueKey).projectKey : '');
        return Object.fromEntries(query.permissions.map((p) => [p, this.can(as, projectKey, p)]));
      },
      getUsers: async (accountIds) => {
        this.record(as, 'getUsers', accountIds.join(','));
        return this.users.filter((u) => accountIds.includes(u.accountId));
      },
      getProject: async (projectKey) => {
        this.record(as, 'getProject', projectKey);
        const project = this.projects.find((p) => p.key === projectKey);
        if (!project || !this.can(as, projectKey, 'BROWSE_PROJECTS')) throw new NotFoundError(`No project could be found with key '${projectKey}'.`, { status: 404 });
        return structuredClone(project);
      },
      listProjects: async () => {
        this.record(as, 'listProjects', '');
        return this.projects.filter((p) => this.can(as, p.key, 'BROWSE_PROJECTS')).map((p) => structuredClone(p));
      },
      listFields: async () => {
        this.record(as, 'listFields', '');
        return structuredClone(this.fields);
      },
      getUsersWithPermission: async (projectKey, permission, query) => {
        this.record(as, 'getUsersWithPermission', `${projectKey} ${permission}${query ? ` ${query}` : ''}`);
        const words = (query ?? '').trim().toLowerCase();
        return this.users.filter(
          (u) => this.grants.get(u.accountId)?.get(projectKey)?.has(permission) && (words === '' || (u.displayName ?? '').toLowerCase().includes(words)),
        );
      },
      findPeopleWhoCanBrowse: async (projectKey, query) => {
        this.record(as, 'findPeopleWhoCanBrowse', `${projectKey} ${query}`);
        const words = query.trim().toLowerCase();
        return this.users.filter((u) => this.grants.get(u.accountId)?.get(projectKey)?.has('BROWSE_PROJECTS') && (u.displayName ?? '').toLowerCase().includes(words));
      },
      getBoardsForProject: async (projectKey) => {
        this.record(as, 'getBoardsForProject', projectKey);
        return this.boards.filter((b) => b.projectKey === projectKey).map(({ projectKey: _p, ...b }) => b);
      },
      getSprints: async (boardId, states) => {
        this.record(as, 'getSprints', String(boardId));
        return this.sprints.filter((s) => s.boardId === boardId && (states.length === 0 || states.includes(s.state))).map(({ boardId: _b, ...s }) => s);
      },
      getBoardConfiguration: async (boardId): Promise<JiraBoardConfiguration> => {
        this.record(as, 'getBoardConfiguration', String(boardId));
        return {
          id: boardId,
          estimation: { type: 'field', field: { fieldId: FAKE_POINTS_FIELD, displayName: 'Story point estimate' } },
          columnConfig: { columns: this.statuses.map((st) => ({ name: st.name, statuses: [{ id: st.id }] })) },
        };
      },
      listStatuses: async () => {
        this.record(as, 'listStatuses', '');
        return structuredClone(this.statuses);
      },
      listVersions: async (projectKey) => {
        this.record(as, 'listVersions', projectKey);
        if (!this.can(as, projectKey, 'BROWSE_PROJECTS')) throw new NotFoundError(`No project could be found with key '${projectKey}'.`, { status: 404 });
        return this.versions.filter((v) => v.projectKey === projectKey).map(({ projectKey: _p, ...v }) => structuredClone(v));
      },
      getChangelogs: async (ids, fieldIds) => {
        this.record(as, 'getChangelogs', `${ids.length} issues`);
        if (ids.length > 1000 || fieldIds.length > 10) throw new Error('FakeJira: too many issues or fields for a bulk changelog');
        return ids.flatMap((idOrKey) => {
          const issue = this.visible(as, idOrKey);
          const histories = (this.histories.get(issue.id) ?? [])
            .map((h) => ({ ...h, items: h.items.filter((i) => fieldIds.length === 0 || fieldIds.includes(i.fieldId ?? i.field)) }))
            .filter((h) => h.items.length > 0);
          return histories.length > 0 ? [{ issueId: issue.id, histories: structuredClone(histories) }] : [];
        });
      },
      getChangedWorklogs: async (sinceMs) => {
        this.record(as, 'getChangedWorklogs', String(sinceMs));
        const until = this.nowMs - 60_000;
        return { ids: this.worklogs.filter((w) => w.changedMs >= sinceMs && w.changedMs <= until).map((w) => Number(w.id)), until };
      },
      getDeletedWorklogs: async (sinceMs) => {
        this.record(as, 'getDeletedWorklogs', String(sinceMs));
        const until = this.nowMs - 60_000;
        return { ids: this.deletedWorklogs.filter((w) => w.changedMs >= sinceMs && w.changedMs <= until).map((w) => w.id), until };
      },
      getWorklogs: async (ids) => {
        this.record(as, 'getWorklogs', `${ids.length} ids`);
        const wanted = new Set(ids.map(String));
        return this.worklogs.filter((w) => wanted.has(w.id)).map(({ changedMs: _c, ...w }) => structuredClone(w));
      },
      getIssueWorklogs: async (issueIdOrKey) => {
        this.record(as, 'getIssueWorklogs', issueIdOrKey);
        const issue = this.visible(as, issueIdOrKey);
        return this.worklogs.filter((w) => w.issueId === issue.id).map(({ changedMs: _c, ...w }) => structuredClone(w));
      },
    };
  }
}
