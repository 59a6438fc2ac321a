import type { Result } from '../../contract/result';
import { fail } from '../../contract/result';
import { checkItemCapacity, createRaidItem, itemLabel, MAX_LINKED_ISSUES, MAX_LONG_TEXT_CHARACTERS, MAX_TITLE_CHARACTERS, updateRaidItem, type RaidError } from '../../domain/raid';
import { linkableIssueKeys } from '../../domain/detections';
import { recordWrite } from '../../ports/store';
import { loadSettings } from '../settings/load-settings';
import { browsableProject } from '../project-access';
import { appendHistory } from './raid-history-store';
import type { ProjectPageDeps, ProjectTarget } from './raid-deps';
import { raidEditAccess } from './raid-permissions';
import { allRaidItems, detectedSignals } from './raid-view';
import { EMPTY_REGISTER, raidItemKey, raidRegisterKey } from './raid-records';

/** How often a write is tried again when someone else wrote the register or the item in between. */
const ATTEMPTS = 5;

type Outcome = Result<{ itemId: string }>;

function fromRaid(error: RaidError): Outcome {
  if (error.code === 'version_conflict') return fail('conflict', error.message);
  if (error.code === 'too_many_items') return fail('limit-exceeded', error.message);
  return fail('invalid-payload', error.message, error.fields ? { fields: error.fields } : undefined);
}

async function mayEdit(deps: ProjectPageDeps, target: ProjectTarget): Promise<Outcome | null> {
  await browsableProject(deps.userJira, target.project);
  const { settings } = await loadSettings(deps.store, target.project.id);
  const access = await raidEditAccess(deps.userJira, target.project.key, settings.projectManager.raidEditors);
  return access.canEdit ? null : fail('forbidden', access.reason ?? 'You cannot change the RAID register.');
}

/**
 * Adds an item to the register: the next number of its kind, the item and its first history entry are written
 * together with the register's counter, so two people adding at once get two numbers and nothing is lost.
 */
export async function createItem(deps: ProjectPageDeps, target: ProjectTarget, input: unknown): Promise<Outcome> {
  const denied = await mayEdit(deps, target);
  if (denied) return denied;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const stored = await deps.store.load(raidRegisterKey(target.project.id));
    const register = stored?.value ?? EMPTY_REGISTER;
    const capacity = checkItemCapacity(register.count);
    if (!capacity.ok) return fail('limit-exceeded', capacity.error.message);
    const kind = (input as { kind?: unknown } | null)?.kind;
    const number = typeof kind === 'string' && kind in register.next ? register.next[kind as keyof typeof register.next] : 1;
    const created = createRaidItem(input, target.accountId, new Date(deps.clock.now()).toISOString(), number);
    if (!created.ok) return fromRaid(created.error);
    const { item, entry } = created.value;
    const history = await appendHistory(deps.store, target.project.id, item.id, { entries: 0, pages: 0 }, entry);
    const next = { next: { ...register.next, [item.kind]: number + 1 }, count: register.count + 1 };
    const saved = await deps.store.saveAll(
      [
        recordWrite(raidRegisterKey(target.project.id), next, stored?.version ?? null),
        recordWrite(raidItemKey(target.project.id, item.id), { item, history: history.history }, null),
        history.write,
      ],
      deps.clock.now(),
    );
    if (saved.ok) return { ok: true, data: { itemId: item.id } };
  }
  return fail('conflict', 'The register kept changing while your item was being added. Try again.');
}

/**
 * Changes an item: the patch names the version the editor read (a later change by someone else is refused
 * and shown, never overwritten) and the fields that changed; the history entry is written with the item.
 */
export async function updateItem(deps: ProjectPageDeps, target: ProjectTarget, itemId: string, patch: Record<string, unknown>): Promise<Outcome> {
  const denied = await mayEdit(deps, target);
  if (denied) return denied;
  const stored = await deps.store.load(raidItemKey(target.project.id, itemId));
  if (!stored) return fail('not-found', `There is no item ${itemId} in this project's RAID register.`);
  const changed = updateRaidItem(stored.value.item, patch, target.accountId, new Date(deps.clock.now()).toISOString());
  if (!changed.ok) return fromRaid(changed.error);
  const { item, entry } = changed.value;
  if (entry === null) return { ok: true, data: { itemId } };
  const history = await appendHistory(deps.store, target.project.id, itemId, stored.value.history, entry);
  const saved = await deps.store.saveAll([recordWrite(raidItemKey(target.project.id, itemId), { item, history: history.history }, stored.version), history.write], deps.clock.now());
  if (!saved.ok) return fail('conflict', `${itemId} was changed by someone else while you were saving. The page now shows their version; apply your change again.`);
  return { ok: true, data: { itemId } };
}


/**
 * Promotes a detected risk into the register in one step: a risk with the detector's title, explanation,
 * proposed likelihood and impact, and the tickets behind it, linked to the detector so the page can tell
 * when the signal clears. A signal already tracked by an open item is not added twice.
 */
export async function promoteDetection(deps: ProjectPageDeps, target: ProjectTarget, signalKey: string): Promise<Outcome> {
  // Who may change the register is asked first: nobody else learns whether a signal exists or what tracks it.
  const denied = await mayEdit(deps, target);
  if (denied) return denied;
  const signal = (await detectedSignals(deps.store, target.project.id)).find((s) => s.signalKey === signalKey);
  if (!signal) return fail('not-found', 'That detected risk is no longer found in the project (the signal cleared, or the page is out of date). Refresh the page.');
  const tracking = (await allRaidItems(deps.store, target.project.id)).find((i) => i.detector?.signalKey === signalKey && i.status !== 'closed');
  if (tracking) return fail('conflict', `This detected risk is already tracked as ${itemLabel(tracking)}.`);
  const evidence = signal.evidence.map((e) => `- ${e.key} ${e.summary}: ${e.fact}`).join('\n');
  return createItem(deps, target, {
    kind: 'risk',
    title: boundedText(signal.title, MAX_TITLE_CHARACTERS),
    description: boundedText(`${signal.explanation}\n\n${evidence}`, MAX_LONG_TEXT_CHARACTERS),
    likelihood: signal.proposedLikelihood,
    impact: signal.proposedImpact,
    linkedIssues: linkableIssueKeys(signal).slice(0, MAX_LINKED_ISSUES),
    detector: { id: signal.detector, signalKey: signal.signalKey },
  });
}

/** Text cut to a limit at a character boundary, with an ellipsis (a detector's text can run long). */
function boundedText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
