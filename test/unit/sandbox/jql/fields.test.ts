import { describe, expect, it } from 'vitest';
import { allKeysExcept, ctx, issues, matching } from './fixture';

describe('project', () => {
  it('matches by key, id or name, case-insensitively', () => {
    expect(matching('project = OPS')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
    expect(matching('project = ops')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
    expect(matching('project = 10001')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
    expect(matching('project = "Operations"')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
    expect(matching('project in (OPS, "Accord Demo")')).toHaveLength(20);
    expect(matching('project != ACC')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
  });

  it('refuses an unknown project when the site lists its projects, as Jira does', () => {
    expect(() => matching('project = NOPE')).toThrow("The value 'NOPE' does not exist for the field 'project'.");
    const { projects: _projects, ...withoutProjects } = ctx;
    expect(matching('project = NOPE', withoutProjects)).toEqual([]);
  });
});

describe('issuetype, status and statusCategory', () => {
  it('matches issue types by name; type is an alias', () => {
    expect(matching('issuetype = Bug')).toEqual(['ACC-3', 'ACC-8', 'OPS-3']);
    expect(matching('type in (Epic, task)')).toEqual(['ACC-5', 'ACC-9', 'ACC-12', 'OPS-1', 'OPS-2', 'OPS-4']);
  });

  it('matches status names case-insensitively', () => {
    expect(matching('status = "In Progress"')).toEqual(['ACC-2', 'ACC-12', 'OPS-3']);
    expect(matching('Status IN ("in review", done)')).toEqual(['ACC-1', 'ACC-6', 'ACC-7', 'ACC-8', 'OPS-2']);
  });

  it('matches status categories by name, key or id', () => {
    const inProgress = ['ACC-2', 'ACC-6', 'ACC-12', 'OPS-3'];
    expect(matching('statusCategory = "In Progress"')).toEqual(inProgress);
    expect(matching('statusCategory = indeterminate')).toEqual(inProgress);
    expect(matching('statusCategory = 4')).toEqual(inProgress);
    expect(matching('statusCategory = 3')).toEqual(['ACC-1', 'ACC-7', 'ACC-8', 'OPS-2']);
    expect(matching('statusCategory != Done')).toEqual(allKeysExcept('ACC-1', 'ACC-7', 'ACC-8', 'OPS-2'));
    expect(matching('statusCategory in ("To Do", new)')).toHaveLength(12);
    expect(() => matching('statusCategory = Blocked')).toThrow("The value 'Blocked' does not exist for the field 'statusCategory'.");
  });
});

describe('sprint', () => {
  it('matches sprint ids and names', () => {
    expect(matching('sprint = 2')).toEqual(['ACC-2', 'ACC-3', 'ACC-6', 'ACC-12']);
    expect(matching('sprint = "acc sprint 3"')).toEqual(['ACC-4', 'ACC-5', 'ACC-11']);
    expect(matching('sprint = "ACC Sprint 1" AND sprint = "ACC Sprint 2"')).toEqual(['ACC-2']);
  });

  it('reads a number as a sprint id first, then as a sprint name', () => {
    expect(matching('sprint = 7')).toEqual(['ACC-15']);
    expect(() => matching('sprint = 99')).toThrow("The value '99' does not exist for the field 'sprint'.");
  });

  it('evaluates openSprints(), futureSprints() and closedSprints()', () => {
    expect(matching('sprint in openSprints()')).toEqual(['ACC-2', 'ACC-3', 'ACC-6', 'ACC-12', 'OPS-1', 'OPS-2']);
    expect(matching('sprint in futureSprints()')).toEqual(['ACC-4', 'ACC-5', 'ACC-11']);
    expect(matching('sprint in closedSprints()')).toEqual(['ACC-1', 'ACC-2', 'ACC-7', 'ACC-15']);
    expect(matching('sprint in (openSprints(), 3)')).toEqual(['ACC-2', 'ACC-3', 'ACC-4', 'ACC-5', 'ACC-6', 'ACC-11', 'ACC-12', 'OPS-1', 'OPS-2']);
  });

  it('excludes backlog issues and carried-over issues from NOT IN, as Jira does', () => {
    // ACC-2 is in closed sprint 1 and active sprint 2; backlog issues have no sprint at all.
    expect(matching('sprint not in closedSprints()')).toEqual(['ACC-3', 'ACC-4', 'ACC-5', 'ACC-6', 'ACC-11', 'ACC-12', 'OPS-1', 'OPS-2']);
    expect(matching('sprint is EMPTY')).toEqual(['ACC-8', 'ACC-9', 'ACC-10', 'ACC-13', 'ACC-14', 'ACC-16', 'OPS-3', 'OPS-4']);
  });
});

describe('assignee and reporter', () => {
  const mine = ['ACC-1', 'ACC-4', 'ACC-6', 'ACC-8', 'OPS-2'];
  const unassigned = ['ACC-3', 'ACC-5', 'ACC-9', 'ACC-11', 'ACC-15', 'ACC-16', 'OPS-4'];

  it('matches currentUser(), account ids, display names and email addresses', () => {
    expect(matching('assignee = currentUser()')).toEqual(mine);
    expect(matching('assignee = u-dev1')).toEqual(mine);
    expect(matching('assignee = "dev one"')).toEqual(mine);
    expect(matching('assignee = "pm@example.test"')).toEqual(['ACC-12']);
    expect(matching('reporter = "Project Manager"')).toEqual(['ACC-3', 'ACC-6', 'ACC-8', 'ACC-11', 'ACC-12', 'OPS-1', 'OPS-2']);
  });

  it('matches every user a display name names', () => {
    expect(matching('assignee = "Same Name"')).toEqual(['ACC-13', 'ACC-14']);
  });

  it('matches nothing for currentUser() when the search runs as the app', () => {
    expect(matching('assignee = currentUser()', { ...ctx, currentUser: null })).toEqual([]);
    expect(matching('assignee in (currentUser(), EMPTY)', { ...ctx, currentUser: null })).toEqual(unassigned);
    // Nobody to exclude: every assigned issue.
    expect(matching('assignee != currentUser()', { ...ctx, currentUser: null })).toEqual(matching('assignee is not EMPTY'));
  });

  it('handles EMPTY, null and EMPTY inside a list', () => {
    expect(matching('assignee is EMPTY')).toEqual(unassigned);
    expect(matching('assignee = EMPTY')).toEqual(unassigned);
    expect(matching('assignee is null')).toEqual(unassigned);
    expect(matching('assignee in (currentUser(), EMPTY)')).toEqual(
      ['ACC-1', 'ACC-3', 'ACC-4', 'ACC-5', 'ACC-6', 'ACC-8', 'ACC-9', 'ACC-11', 'ACC-15', 'ACC-16', 'OPS-2', 'OPS-4'],
    );
  });

  it('refuses a user that does not exist', () => {
    expect(() => matching('assignee = nobody')).toThrow("The value 'nobody' does not exist for the field 'assignee'.");
  });
});

describe('labels', () => {
  it('matches one label of many, case-insensitively', () => {
    expect(matching('labels = frontend')).toEqual(['ACC-1', 'ACC-2', 'ACC-10']);
    expect(matching('labels = backend')).toEqual(['ACC-2', 'ACC-4']);
    expect(matching('labels in (ux, hotfix)')).toEqual(['ACC-6', 'ACC-8']);
    expect(matching('labels = frontend AND labels = backend')).toEqual(['ACC-2']);
  });

  it('treats != and NOT IN as "has labels, none of these"', () => {
    expect(matching('labels != frontend')).toEqual(['ACC-4', 'ACC-6', 'ACC-8', 'OPS-1', 'OPS-2']);
    expect(matching('labels not in (frontend, ops)')).toEqual(['ACC-4', 'ACC-6', 'ACC-8']);
    expect(matching('labels is EMPTY')).toHaveLength(12);
  });
});

describe('priority', () => {
  it('matches by name and compares by the priority order', () => {
    expect(matching('priority = high')).toEqual(['ACC-1', 'ACC-7']);
    expect(matching('priority > Medium')).toEqual(['ACC-1', 'ACC-3', 'ACC-7', 'ACC-8']);
    expect(matching('priority <= Low')).toEqual(['ACC-4', 'ACC-10', 'ACC-12', 'OPS-2']);
    expect(matching('priority is EMPTY')).toEqual(['ACC-5']);
    expect(matching('priority != Medium')).toEqual(['ACC-1', 'ACC-3', 'ACC-4', 'ACC-7', 'ACC-8', 'ACC-10', 'ACC-12', 'OPS-2']);
  });

  it('refuses comparisons with a priority the site does not have', () => {
    expect(() => matching('priority > Urgent')).toThrow("The value 'Urgent' does not exist for the field 'priority'.");
    expect(() => matching('priority > Medium', { ...ctx, priorities: ['P1', 'P2'] })).toThrow(/does not exist/);
    expect(matching('priority > P2', { ...ctx, priorities: ['P1', 'P2', 'Medium'] })).toEqual([]);
  });
});

describe('key, issuekey and id', () => {
  it('matches keys and ids', () => {
    expect(matching('key = ACC-3')).toEqual(['ACC-3']);
    expect(matching('issuekey = acc-3')).toEqual(['ACC-3']);
    expect(matching('key = 10003')).toEqual(['ACC-3']);
    expect(matching('id = 10017')).toEqual(['OPS-1']);
    expect(matching('key in (ACC-1, OPS-2)')).toEqual(['ACC-1', 'OPS-2']);
    expect(matching('key != ACC-1')).toEqual(allKeysExcept('ACC-1'));
  });

  it('compares keys within their project and ids numerically', () => {
    expect(matching('key > ACC-13')).toEqual(['ACC-14', 'ACC-15', 'ACC-16']);
    expect(matching('key <= OPS-2')).toEqual(['OPS-1', 'OPS-2']);
    expect(matching('id >= 10019')).toEqual(['OPS-3', 'OPS-4']);
  });

  it('refuses a malformed key', () => {
    expect(() => matching('key = ACC')).toThrow("The issue key 'ACC' for field 'key' is invalid.");
  });

  it('refuses a missing issue when the emulator says which exist, as Jira does', () => {
    const known = new Set(issues.flatMap((issue) => [issue.key, issue.id]));
    const checked = { ...ctx, issueExists: (keyOrId: string) => known.has(keyOrId) };
    expect(matching('key in (acc-1, 10017)', checked)).toEqual(['ACC-1', 'OPS-1']);
    expect(() => matching('key in (ACC-1, ACC-999)', checked)).toThrow("An issue with key 'ACC-999' does not exist for field 'key'.");
    expect(matching('key = ACC-999')).toEqual([]);
  });
});

describe('story points', () => {
  it('answers to all its names and compares numerically', () => {
    expect(matching('"Story Points" > 3')).toEqual(['ACC-2', 'ACC-4', 'ACC-10']);
    expect(matching('cf[10016] = 3')).toEqual(['ACC-1', 'ACC-6']);
    expect(matching('customfield_10016 < 1')).toEqual(['ACC-12']);
    expect(matching('"Story Points" in (1, 2)')).toEqual(['ACC-5', 'ACC-7']);
    expect(matching('"story point estimate" is EMPTY')).toEqual(
      ['ACC-3', 'ACC-8', 'ACC-9', 'ACC-11', 'ACC-13', 'ACC-14', 'ACC-15', 'ACC-16', 'OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'],
    );
    expect(matching('"Story Points" != 3')).toEqual(['ACC-2', 'ACC-4', 'ACC-5', 'ACC-7', 'ACC-10', 'ACC-12']);
  });

  it('refuses values that are not numbers', () => {
    expect(() => matching('"Story Points" = many')).toThrow("The value 'many' for field 'Story Points' is invalid");
  });
});
