import type { JobDeps } from '../../../../src/app/jobs/project-job';
import { FAKE_POINTS_FIELD, FAKE_SPRINT_FIELD, FakeJira, type FakeIssue } from '../../../fakes/fake-jira';
import { issueFields } from '../../../fakes/factories';
import { fakeDeadline, fakeJobQueue, fixedClock, sequentialIds } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

export const DAY = 86_400_000;
export const T0 = Date.parse('2026-10-05T09:00:00Z'); // a Monday
const iso = (ms: number) => new Date(ms).toISOString();
const STATUS = {
  todo: { id: '10000', name: 'To Do', statusCategory: { key: 'new' } },
  done: { id: '10002', name: 'Done', statusCategory: { key: 'done' } },
};

/**
 * A small project with history: sprint 1 (closed, two weeks from T0) and sprint 2 (active since T0 + 14 days),
 * four tickets whose changelogs tell the ledger's cases, a version, and worklogs of two people.
 */
export function snapshotWorld() {
  const jira = new FakeJira();
  const project = jira.addProject({ key: 'ACC' });
  jira.addUser('dana', 'Dana Developer');
  jira.addUser('milo', 'Milo Manager');
  const s1 = jira.addSprint('ACC', { name: 'Sprint 1', state: 'closed', startDate: iso(T0) });
  Object.assign(s1, { completeDate: iso(T0 + 14 * DAY), endDate: iso(T0 + 14 * DAY) });
  const s2 = jira.addSprint('ACC', { name: 'Sprint 2', state: 'active', startDate: iso(T0 + 14 * DAY) });
  const s3 = jira.addSprint('ACC', { name: 'Sprint 3', state: 'future', startDate: iso(T0 + 28 * DAY) });
  const version = jira.addVersion('ACC', { name: 'Portal 1.1', released: false, releaseDate: '2026-10-30' });

  const make = (summary: string, points: number, done: boolean, createdMs: number, sprintIds: number[]): FakeIssue => {
    const issue = jira.addIssue('ACC', {
      ...issueFields({ summary, points }),
      status: done ? STATUS.done : STATUS.todo,
      created: iso(createdMs),
      updated: iso(createdMs),
      resolutiondate: done ? iso(T0 + 10 * DAY) : null,
      fixVersions: [{ id: version.id, name: version.name }],
      timespent: 0,
    });
    issue.fields[FAKE_SPRINT_FIELD] = sprintIds.map((id) => ({ id, name: `Sprint ${id}`, state: id === 1 ? 'closed' : id === 2 ? 'active' : 'future' }));
    return issue;
  };
  const sprintChange = (issue: FakeIssue, atMs: number, from: string, to: string) =>
    jira.change(issue, iso(atMs), 'milo', [{ field: 'Sprint', fieldId: FAKE_SPRINT_FIELD, from, fromString: null, to, toString: null }]);

  // Committed to sprint 1 and done in it.
  const done = make('Pay by card', 3, true, T0 - 3 * DAY, [1]);
  sprintChange(done, T0 - 2 * DAY, '', '1');
  jira.change(done, iso(T0 + 10 * DAY), 'dana', [{ field: 'status', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10002', toString: 'Done' }]);
  // Added to sprint 1 after its start, re-estimated, not done, carried over to sprint 2.
  const carried = make('Refund a payment', 8, false, T0 - 3 * DAY, [1, 2]);
  sprintChange(carried, T0 + 3 * DAY, '', '1');
  jira.change(carried, iso(T0 + 4 * DAY), 'dana', [{ field: 'Story point estimate', fieldId: FAKE_POINTS_FIELD, from: null, fromString: '5', to: null, toString: '8' }]);
  sprintChange(carried, T0 + 14 * DAY, '1', '1, 2');
  // Committed to sprint 1, removed from it mid-sprint.
  const removed = make('Export invoices', 2, false, T0 - 3 * DAY, []);
  sprintChange(removed, T0 - 1 * DAY, '', '1');
  sprintChange(removed, T0 + 5 * DAY, '1', '');
  // In the next sprint.
  make('Dispute an invoice', 5, false, T0 + 20 * DAY, [3]);

  jira.logWork(done, 'dana', '2026-10-06T09:00:00.000+0000', 3 * 3600);
  jira.logWork(done, 'milo', '2026-10-13T09:00:00.000+0000', 2 * 3600);
  jira.logWork(carried, 'dana', '2026-10-20T09:00:00.000+0000', 4 * 3600);
  for (const issue of jira.issues.values()) issue.fields['timespent'] = jira.worklogs.filter((w) => w.issueId === issue.id).reduce((s, w) => s + w.timeSpentSeconds, 0);

  const store = new InMemoryRecordStore();
  const clock = fixedClock(T0 + 20 * DAY);
  jira.nowMs = clock.now();
  const queue = fakeJobQueue();
  const deadline = fakeDeadline();
  const deps: JobDeps = { jira: jira.asApp(), store, queue, clock, deadline, newRunId: sequentialIds('run') };
  return { jira, project: { id: project.id, key: 'ACC' }, sprints: { s1, s2, s3 }, version, issues: { done, carried, removed }, store, clock, queue, deadline, deps };
}
