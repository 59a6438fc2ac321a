import { describe, expect, it } from 'vitest';
import { createItem, updateItem } from '../../../../src/app/raid/raid-actions';
import { raidView } from '../../../../src/app/raid/raid-view';
import { RateLimitedError } from '../../../../src/ports/jira';
import { busyAfterWrite } from '../../../fakes/busy-after-write';
import { FakeJira } from '../../../fakes/fake-jira';
import { fixedClock } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

function world() {
  const jira = new FakeJira();
  const project = jira.addProject({ key: 'ACC' });
  jira.addUser('milo', 'Milo Manager');
  jira.grant('milo', 'ACC', 'BROWSE_PROJECTS', 'EDIT_ISSUES');
  const faulty = busyAfterWrite(new InMemoryRecordStore(), jira.asUser('milo'));
  const deps = { userJira: faulty.jira, store: faulty.store, clock: fixedClock() };
  return { deps, faulty, target: { accountId: 'milo', project: { id: project.id, key: 'ACC' } } };
}

describe('the register answered right after a change', () => {
  it('is built without asking Jira for permissions again, so a Jira that turns busy cannot hide a saved change', async () => {
    const w = world();
    const created = await createItem(w.deps, w.target, { kind: 'risk', title: 'Supplier may miss the API freeze', likelihood: 2, impact: 3 });
    expect(created.ok).toBe(true);
    expect(w.faulty.busy()).toBe(true);
    // The ordinary read asks Jira first, and Jira is busy now.
    await expect(raidView(w.deps, w.target)).rejects.toBeInstanceOf(RateLimitedError);
    const view = await raidView(w.deps, w.target, { afterChange: true });
    expect(view.items.map((i) => i.item.title)).toEqual(['Supplier may miss the API freeze']);
    expect(view.canEdit).toBe(true);
    // Names are asked for and Jira refuses: the people are shown as not known rather than failing the answer.
    expect(view.people).toEqual([{ accountId: 'milo', displayName: 'Former user' }]);
  });

  it('an update that Jira stopped answering after is still reported as saved', async () => {
    const w = world();
    const quiet = { ...w.deps, store: new InMemoryRecordStore() };
    const created = await createItem(quiet, w.target, { kind: 'issue', title: 'Staging is down' });
    if (!created.ok) throw new Error(created.error.message);
    const stored = await raidView(quiet, w.target);
    const item = stored.items[0]!.item;
    const faulty = busyAfterWrite(quiet.store, w.deps.userJira);
    const updated = await updateItem({ ...quiet, store: faulty.store, userJira: faulty.jira }, w.target, item.id, { version: item.version, severity: 'high' });
    expect(updated.ok).toBe(true);
    const view = await raidView({ ...quiet, store: faulty.store, userJira: faulty.jira }, w.target, { afterChange: true });
    expect(view.items[0]!.item).toMatchObject({ id: item.id, version: item.version + 1 });
  });
});
