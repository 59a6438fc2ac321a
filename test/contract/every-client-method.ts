import type { AdfDocument, JiraPort } from '../../src/ports/jira';

/** The names and ids a run of every client method uses, so the same calls fit a fake or the emulator. */
export interface ClientWorld {
  issueKey: string;
  /** Two numeric issue ids for the bulk property update. */
  issueIds: Array<string | number>;
  projectKey: string;
  boardId: number;
  sprintId: number;
  accountIds: string[];
  /** The sign-off permission as Jira names an app permission (ari:cloud:ecosystem::extension/.../static/<key>). */
  signOffPermission: string;
  /** A page token to send with the single-page search, when the world knows a valid one. */
  searchToken?: string;
  /** Worklog ids that exist, for /worklog/list. */
  worklogIds?: number[];
}

const adf: AdfDocument = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Approved.' }] }] };

/** One call per method of the port; the type makes a new port method fail to compile until it is listed. */
export function everyMethod(world: ClientWorld): { [K in keyof JiraPort]: (jira: JiraPort) => Promise<unknown> } {
  return {
    getIssue: (j) => j.getIssue(world.issueKey, { fields: ['summary', 'status', 'customfield_10016'], expand: ['changelog', 'renderedFields'], properties: ['accord-signoff'] }),
    searchIssues: (j) => j.searchIssues({ jql: 'project = ACC', fields: ['summary'], properties: ['accord-readiness'], pageSize: 100, ...(world.searchToken ? { nextPageToken: world.searchToken } : {}) }),
    searchAllIssues: async (j) => {
      const keys: string[] = [];
      for await (const page of j.searchAllIssues({ jql: 'sprint in futureSprints()', fields: ['summary'], expand: ['renderedFields'] })) {
        keys.push(...page.issues.map((i) => i.key));
      }
      return keys;
    },
    setIssueProperty: (j) => j.setIssueProperty(world.issueKey, 'accord-readiness', { score: 80, ready: 'yes' }),
    setIssuePropertiesBulk: (j) =>
      j.setIssuePropertiesBulk([
        { issueId: world.issueIds[0] ?? 0, properties: { 'accord-readiness': { score: 40 } } },
        { issueId: world.issueIds[1] ?? 0, properties: { 'accord-readiness': { score: 90 }, 'accord-criteria': { count: 3 } } },
      ]),
    addComment: (j) => j.addComment(world.issueKey, adf),
    getRecentComments: (j) => j.getRecentComments(world.issueKey, 50),
    getMyPermissions: (j) => j.getMyPermissions({ projectKey: world.projectKey, permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'] }),
    getUsers: (j) => j.getUsers(world.accountIds),
    getProject: (j) => j.getProject(world.projectKey),
    listProjects: (j) => j.listProjects(),
    listFields: (j) => j.listFields(),
    getUsersWithPermission: (j) => j.getUsersWithPermission(world.projectKey, world.signOffPermission),
    findPeopleWhoCanBrowse: (j) => j.findPeopleWhoCanBrowse(world.projectKey, 'a'),
    getBoardsForProject: (j) => j.getBoardsForProject(world.projectKey),
    getSprints: (j) => j.getSprints(world.boardId, ['future', 'active']),
    getBoardConfiguration: (j) => j.getBoardConfiguration(world.boardId),
    listStatuses: (j) => j.listStatuses(),
    listVersions: (j) => j.listVersions(world.projectKey),
    getChangelogs: (j) => j.getChangelogs([world.issueKey, ...world.issueIds.map(String)], ['customfield_10020', 'customfield_10016', 'status']),
    getChangedWorklogs: (j) => j.getChangedWorklogs(0),
    getDeletedWorklogs: (j) => j.getDeletedWorklogs(0),
    getWorklogs: (j) => j.getWorklogs(world.worklogIds ?? [10000, 10001]),
    getIssueWorklogs: (j) => j.getIssueWorklogs(world.issueKey),
  };
}
