import { describe, expect, it } from 'vitest';
import { runProjectJob } from '../../../../src/app/jobs/run-project-job';
import { scopeView } from '../../../../src/app/project-page/scope-view';
import { projectSnapshotJob } from '../../../../src/app/snapshot/project-snapshot-job';
import { loadModel } from '../../../../src/app/snapshot/model-store';
import { ledgerKey } from '../../../../src/app/snapshot/read-models';
import { snapshotWorld } from '../snapshot/snapshot-world';

describe('who changed the scope', () => {
  it('is kept by account id and named from Jira when the Scope tab is read', async () => {
    const w = snapshotWorld();
    w.jira.grant('milo', 'ACC', 'BROWSE_PROJECTS');
    await runProjectJob(w.deps, projectSnapshotJob, w.project);
    const ledger = await loadModel(w.store, ledgerKey(w.project.id, w.sprints.s1.id));
    const stored = JSON.stringify(w.store.raw('pm-model', `pm-ledger:${w.project.id}:${w.sprints.s1.id}`));
    expect(JSON.stringify(ledger?.value)).toContain('"accountId":"dana"');
    expect(stored).not.toContain('Dana Developer');
    const view = await scopeView({ userJira: w.jira.asUser('milo'), store: w.store, clock: w.clock }, { accountId: 'milo', project: w.project }, { sprintId: w.sprints.s1.id });
    const reEstimate = view.ledger!.added[0]!.events.find((e) => e.what.startsWith('Estimate'));
    expect(reEstimate?.by).toEqual({ accountId: 'dana', displayName: 'Dana Developer' });
  });
});
