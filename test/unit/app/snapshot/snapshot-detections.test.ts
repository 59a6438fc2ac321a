import { describe, expect, it } from 'vitest';
import { runProjectJob } from '../../../../src/app/jobs/run-project-job';
import { issueRecords } from '../../../../src/app/signoff/issue-record';
import { settingsRecords } from '../../../../src/app/settings/settings-record';
import { defaultProjectSettings } from '../../../../src/domain/settings/project-settings';
import { detectionModels, modelKey } from '../../../../src/app/snapshot/read-models';
import { projectSnapshotJob } from '../../../../src/app/snapshot/project-snapshot-job';
import { withCurrentContent, type IssueRecord } from '../../../../src/domain/issue-record';
import { approve } from '../../../../src/domain/signoff';
import { issueRecordWith } from '../../../fakes/factories';
import { snapshotWorld } from './snapshot-world';
import { loadModel } from '../../../../src/app/snapshot/model-store';

/** "Pay by card" (done ten days before the clock) approved for the description it has now. */
async function approvedNow(w: ReturnType<typeof snapshotWorld>): Promise<IssueRecord> {
  const record = issueRecordWith(['A card payment is confirmed by e-mail']);
  const { hash } = withCurrentContent(record, w.issues.done.fields.description ?? null, { at: '2026-10-16T09:00:00.000Z' });
  const approved = approve(record.signoff, { hash, by: 'milo', at: '2026-10-16T09:00:00.000Z' });
  if (!approved.ok) throw new Error(approved.error.message);
  const value = { ...record, signoff: approved.value };
  await w.store.save(issueRecords.key(w.issues.done.id, w.project.id), value, null, w.clock.now());
  return value;
}

async function signals(w: ReturnType<typeof snapshotWorld>) {
  return (await loadModel(w.store, modelKey(detectionModels, w.project.id)))?.value.signals ?? [];
}

describe('detected risks in the project snapshot', () => {
  it('finds done work without an approval from the records, not from the issue property', async () => {
    const w = snapshotWorld();
    // A hand-written mirror claiming approval changes nothing: there is no record.
    w.issues.done.properties['accord-signoff'] = { state: 'approved' };
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    const unsigned = (await signals(w)).find((s) => s.detector === 'not-signed-off');
    expect(unsigned?.evidence.map((e) => e.key)).toEqual([w.issues.done.key]);
    expect(unsigned?.evidence[0]?.fact).toContain('no sign-off recorded');
  });

  it('counts an approval that still matches the content as signed off, and one whose content moved as stale', async () => {
    const w = snapshotWorld();
    await approvedNow(w);
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    expect((await signals(w)).some((s) => s.detector === 'not-signed-off')).toBe(false);
    // Only the approved done ticket's description is read, in one search.
    expect(w.jira.requests.filter((r) => r.method === 'searchIssues' && r.detail.startsWith('key in'))).toHaveLength(1);

    w.issues.done.fields.description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pay by card, and by invoice too' }] }] };
    await runProjectJob(w.deps, projectSnapshotJob, w.project, { fresh: true });
    const stale = (await signals(w)).find((s) => s.detector === 'not-signed-off');
    expect(stale?.evidence).toMatchObject([{ key: w.issues.done.key, fact: expect.stringContaining('stale') }]);
  });

  it('uses the project\'s thresholds, and turns a detector off', async () => {
    const w = snapshotWorld();
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    expect((await signals(w)).some((s) => s.detector === 'not-signed-off')).toBe(true);
    const settings = defaultProjectSettings();
    const detections = { ...settings.projectManager.detections, disabled: ['not-signed-off' as const] };
    await w.store.save(settingsRecords.key(w.project.id, w.project.id), { ...settings, projectManager: { ...settings.projectManager, detections } }, null, w.clock.now());
    await runProjectJob(w.deps, projectSnapshotJob, w.project, { fresh: true });
    expect((await signals(w)).some((s) => s.detector === 'not-signed-off')).toBe(false);
  });
});
