import { describe, expect, it } from 'vitest';
import { findPeople, MAX_PEOPLE_FOUND } from '../../../../src/app/raid/find-people';
import { NotFoundError } from '../../../../src/ports/jira';
import { FakeJira } from '../../../fakes/fake-jira';
import { fixedClock } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

function world() {
  const jira = new FakeJira();
  const project = jira.addProject({ key: 'ACC' });
  jira.addUser('milo', 'Milo Manager');
  jira.addUser('dana', 'Dana Developer');
  jira.addUser('nico', 'Nico Outsider');
  jira.grant('milo', 'ACC', 'BROWSE_PROJECTS', 'EDIT_ISSUES');
  jira.grant('dana', 'ACC', 'BROWSE_PROJECTS');
  const deps = (accountId: string) => ({ userJira: jira.asUser(accountId), store: new InMemoryRecordStore(), clock: fixedClock() });
  const target = (accountId: string) => ({ accountId, project: { id: project.id, key: 'ACC' } });
  return { jira, deps, target };
}

describe('finding people for the owner picker', () => {
  it('lists people who can browse the project whose name matches, asked of Jira\'s user search as the user', async () => {
    const w = world();
    expect(await findPeople(w.deps('milo'), w.target('milo'), 'an')).toEqual([
      { accountId: 'milo', displayName: 'Milo Manager' },
      { accountId: 'dana', displayName: 'Dana Developer' },
    ]);
    expect(await findPeople(w.deps('milo'), w.target('milo'), ' DANA ')).toEqual([{ accountId: 'dana', displayName: 'Dana Developer' }]);
    expect(w.jira.requests.filter((r) => r.method === 'findPeopleWhoCanBrowse')).toEqual([
      { as: 'milo', method: 'findPeopleWhoCanBrowse', detail: 'ACC an' },
      { as: 'milo', method: 'findPeopleWhoCanBrowse', detail: 'ACC DANA' },
    ]);
    // Jira's permission-holder search is for project admins only: never used for a picker.
    expect(w.jira.requests.some((r) => r.method === 'getUsersWithPermission')).toBe(false);
  });

  it('an empty search finds nobody without asking Jira (the picker asks for a name)', async () => {
    const w = world();
    expect(await findPeople(w.deps('milo'), w.target('milo'), '  ')).toEqual([]);
    expect(w.jira.requests.some((r) => r.method === 'findPeopleWhoCanBrowse')).toBe(false);
  });

  it('leaves out deactivated accounts and answers at most twenty people', async () => {
    const w = world();
    for (let i = 0; i < 30; i += 1) {
      w.jira.addUser(`teammate-${i}`, `Teammate ${i}`);
      w.jira.grant(`teammate-${i}`, 'ACC', 'BROWSE_PROJECTS');
    }
    w.jira.users.find((u) => u.accountId === 'dana')!.active = false;
    const found = await findPeople(w.deps('milo'), w.target('milo'), 'a');
    expect(found).toHaveLength(MAX_PEOPLE_FOUND);
    expect(found.map((p) => p.accountId)).not.toContain('dana');
  });

  it('refuses someone who cannot browse the project, before asking who else can', async () => {
    const w = world();
    await expect(findPeople(w.deps('nico'), w.target('nico'), 'dana')).rejects.toBeInstanceOf(NotFoundError);
    expect(w.jira.requests.some((r) => r.method === 'findPeopleWhoCanBrowse')).toBe(false);
  });
});
