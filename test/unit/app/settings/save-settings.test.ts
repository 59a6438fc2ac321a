import { describe, expect, it } from 'vitest';
import { ADMINISTER_PROJECTS, getSettings, saveSettings } from '../../../../src/app/settings/settings-actions';
import { busyAfterWrite } from '../../../fakes/busy-after-write';
import { FakeJira } from '../../../fakes/fake-jira';
import { fixedClock } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

describe('saving settings', () => {
  it('answers the saved settings even when Jira turns busy right after the save', async () => {
    const jira = new FakeJira();
    const project = jira.addProject({ key: 'ACC' });
    jira.addUser('admin', 'Ada Admin');
    jira.grant('admin', 'ACC', 'BROWSE_PROJECTS', ADMINISTER_PROJECTS);
    const store = new InMemoryRecordStore();
    const faulty = busyAfterWrite(store, jira.asUser('admin'));
    const deps = { userJira: faulty.jira, store: faulty.store, clock: fixedClock() };
    const target = { id: project.id, key: 'ACC' };
    const saved = await saveSettings(deps, target, { version: null, settings: { rubric: { threshold: 75 } } });
    expect(faulty.busy()).toBe(true);
    if (!saved.ok) throw new Error(`expected the save to be reported, got ${saved.error.code}: ${saved.error.message}`);
    expect(saved.data).toMatchObject({ version: 1, canAdminister: true });
    expect(saved.data.settings.rubric.threshold).toBe(75);
    // What the answer says is what a fresh read (Jira quiet again) shows.
    const fresh = await getSettings({ ...deps, userJira: jira.asUser('admin'), store }, target);
    expect(saved.data).toEqual(fresh);
  });
});
