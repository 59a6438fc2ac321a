/** A new demo site comes with the project manager's RAID register and a first project snapshot, written by the app. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RaidView, ScopeView } from '../../../src/contract/project-page';
import type { Result } from '../../../src/contract/result';
import { RAID_KINDS } from '../../../src/domain/raid/raid-kinds';
import { PM, openHarness, type Harness } from '../app/sandbox-harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

async function view<T>(fn: string): Promise<T> {
  const { body } = await h.rest('GET', '/rest/api/3/project/ACC');
  const project = body as { id: string; key: string };
  const result = await h.invoke<Result<T>>(PM, 'accord-project-page', fn, {}, { type: 'jira:projectPage', project: { id: String(project.id), key: project.key, type: 'software' } });
  if (!result.ok) throw new Error(`${fn}: ${result.error.message}`);
  return result.data;
}

describe('the demo site the app finds', () => {
  it('has RAID items of every kind, made by the project manager and linked to real tickets', async () => {
    const raid = await view<RaidView>('getRaid');
    for (const kind of RAID_KINDS) expect(raid.items.filter((i) => i.item.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    expect(raid.items.every((i) => i.item.createdBy === PM && i.item.version === 1)).toBe(true);
    const linked = raid.items.flatMap((i) => i.item.linkedIssues);
    expect(linked.length).toBeGreaterThanOrEqual(6);
    for (const key of linked) expect((await h.rest('GET', `/rest/api/3/issue/${key}?fields=summary`)).status, key).toBe(200);
    // One assumption is past its validate-by date and still unvalidated: the register flags it.
    expect(raid.items.some((i) => i.item.kind === 'assumption' && i.overdue)).toBe(true);
    expect(raid.heatMap.inherent.counted).toBe(raid.items.filter((i) => i.item.kind === 'risk' && i.item.status !== 'closed').length);
  });

  it('has a finished project snapshot, so every tab has figures on first opening', async () => {
    const scope = await view<ScopeView>('getScope');
    expect(scope.status.asOf).not.toBeNull();
    expect(scope.status.refreshing).toBe(false);
    expect(scope.sprints.length).toBeGreaterThan(0);
    const raid = await view<RaidView>('getRaid');
    expect(raid.exposure.overTime.length).toBe(1);
    expect(raid.detected.length).toBeGreaterThan(0);
  });
});
