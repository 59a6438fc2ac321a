import { describe, expect, it } from 'vitest';
import { promoteDetection } from '../../../../src/app/raid/raid-actions';
import { saveModel } from '../../../../src/app/snapshot/model-store';
import { detectionModels, modelKey } from '../../../../src/app/snapshot/read-models';
import { FakeJira } from '../../../fakes/fake-jira';
import { fixedClock } from '../../../fakes/fakes';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

describe('promoting a detected risk', () => {
  it('asks first whether the caller may change the register, so nobody else learns what is detected or tracked', async () => {
    const jira = new FakeJira();
    const project = jira.addProject({ key: 'ACC' });
    for (const [id, name] of [['milo', 'Milo Manager'], ['vera', 'Vera Viewer'], ['nico', 'Nico Outsider']] as const) jira.addUser(id, name);
    jira.grant('milo', 'ACC', 'BROWSE_PROJECTS', 'EDIT_ISSUES');
    jira.grant('vera', 'ACC', 'BROWSE_PROJECTS');
    const store = new InMemoryRecordStore();
    const signal = { detector: 'blocked', signalKey: 'blocked:ACC-7', title: 'ACC-7 is blocked', explanation: 'Blocked by open work', evidence: [], proposedLikelihood: 3, proposedImpact: 3 };
    await saveModel(store, modelKey(detectionModels, project.id), { signals: [signal] }, 0);
    const deps = (user: string) => ({ userJira: jira.asUser(user), store, clock: fixedClock() });
    const target = (user: string) => ({ accountId: user, project: { id: project.id, key: 'ACC' } });

    expect((await promoteDetection(deps('milo'), target('milo'), 'blocked:ACC-7')).ok).toBe(true);
    const viewer = await promoteDetection(deps('vera'), target('vera'), 'blocked:ACC-7');
    expect(viewer.ok ? null : viewer.error.code).toBe('forbidden');
    const unknownToViewer = await promoteDetection(deps('vera'), target('vera'), 'no-such-signal');
    expect(unknownToViewer.ok ? null : unknownToViewer.error.code).toBe('forbidden');
    await expect(promoteDetection(deps('nico'), target('nico'), 'blocked:ACC-7')).rejects.toMatchObject({ status: 404 });
  });
});
