import { describe, expect, it } from 'vitest';
import { forgetIssue } from '../../../../src/app/signoff/mark-stale';
import { saveCriteria } from '../../../../src/app/signoff/panel-actions';
import { unreadyNotices } from '../../../../src/app/readiness/notify-unready';
import { PO, panelWorld } from './panel-world';

describe('forgetting a deleted issue', () => {
  it('removes its record and the note of which sprints its people were told it was unready', async () => {
    const w = panelWorld();
    const saved = await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: [{ text: 'The export has a cover page' }] });
    expect(saved.ok).toBe(true);
    const projectId = w.target(PO).project.id;
    expect((await w.store.save(unreadyNotices.key(w.issue.id, projectId), { sprintIds: [7] }, null, 0)).ok).toBe(true);
    await forgetIssue({ store: w.store }, w.issue.id);
    expect(w.store.raw('issue', w.issue.id)).toBeUndefined();
    expect(w.store.raw('readiness', w.issue.id)).toBeUndefined();
  });
});
