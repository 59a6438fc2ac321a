import { describe, expect, it } from 'vitest';
import { signoffHistoryPage } from '../../../../src/app/signoff/history-page';
import { ContextMismatchError } from '../../../../src/app/context-mismatch';
import { issueFields } from '../../../fakes/factories';
import { PO, panelWorld } from './panel-world';

describe('older sign-off decisions', () => {
  it('are read only for the issue the context names: an id with another issue key is refused', async () => {
    const w = panelWorld();
    const other = w.jira.addIssue('ACC', issueFields({}));
    await expect(signoffHistoryPage(w.deps(PO), w.target(PO), 0)).resolves.toMatchObject({ page: 0, entries: [] });
    const forged = { ...w.target(PO), issue: { id: w.issue.id, key: other.key } };
    await expect(signoffHistoryPage(w.deps(PO), forged, 0)).rejects.toBeInstanceOf(ContextMismatchError);
    const elsewhere = { ...w.target(PO), project: { id: 'another-project', key: 'OPS' } };
    await expect(signoffHistoryPage(w.deps(PO), elsewhere, 0)).rejects.toBeInstanceOf(ContextMismatchError);
  });
});
