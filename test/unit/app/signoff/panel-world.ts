import { markdownToAdf } from '../../../../src/domain/adf';
import type { PanelDeps, PanelTarget } from '../../../../src/app/signoff/panel-deps';
import { FakeJira, type FakeIssue } from '../../../fakes/fake-jira';
import { issueFields } from '../../../fakes/factories';
import { fakeCommentQueue, fixedClock, sequentialIds } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

export const SIGN_OFF = 'ari:cloud:ecosystem::extension/app/env/static/sign-off-work-results';
export const PO = 'po';
export const DEV = 'dev';
export const VIEWER = 'viewer';
export const OUTSIDER = 'outsider';

/** A project with a Product Owner (edit + sign off), a developer (edit), a viewer (browse only) and an outsider. */
export function panelWorld(description?: string) {
  const jira = new FakeJira();
  jira.addProject({ key: 'ACC' });
  for (const [id, name] of [[PO, 'Paula Owner'], [DEV, 'Dana Developer'], [VIEWER, 'Vera Viewer'], [OUTSIDER, 'Nico Outsider']] as const) jira.addUser(id, name);
  jira.grant(PO, 'ACC', 'BROWSE_PROJECTS', 'EDIT_ISSUES', SIGN_OFF);
  jira.grant(DEV, 'ACC', 'BROWSE_PROJECTS', 'EDIT_ISSUES');
  jira.grant(VIEWER, 'ACC', 'BROWSE_PROJECTS');
  const issue = jira.addIssue('ACC', issueFields({ assignee: DEV, ...(description === undefined ? {} : { description }) }));
  const store = new InMemoryRecordStore();
  const clock = fixedClock();
  const newId = sequentialIds('crit');
  const comments = fakeCommentQueue();
  const deps = (accountId: string): PanelDeps => ({ userJira: jira.asUser(accountId), appJira: jira.asApp(), store, clock, newId, signOffPermission: SIGN_OFF, comments });
  const target = (accountId: string, on: FakeIssue = issue): PanelTarget => ({ accountId, issue: { id: on.id, key: on.key }, project: { id: jira.projects[0]!.id, key: 'ACC' } });
  /** Someone edits the description in Jira. */
  const editDescription = (markdown: string, on: FakeIssue = issue) => {
    on.fields.description = markdownToAdf(markdown);
  };
  return { jira, issue, store, clock, comments, deps, target, editDescription };
}
