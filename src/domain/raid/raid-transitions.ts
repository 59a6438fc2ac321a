import { validActorAndTime } from '../criteria/actor-and-time';
import { fromZod, raidFail, type RaidError, type RaidResult } from './raid-errors';
import { changedFields, initialFields, type RaidHistoryEntry } from './raid-history';
import { EDITABLE_FIELDS, raidCreateSchema, raidPatchSchema, READ_ONLY_FIELDS } from './raid-input';
import type { RaidItem } from './raid-item';
import { INITIAL_STATUS, itemLabel, KIND_NAME, type RaidKind } from './raid-kinds';
import { raidItemSchema } from './raid-schema';

/** A transition's result: the item to store and the history entry to append (null: nothing changed). */
export interface RaidChange {
  readonly item: RaidItem;
  readonly entry: RaidHistoryEntry | null;
}

/** Defaults of a new item's optional fields. */
const DEFAULTS: Readonly<Record<RaidKind, Readonly<Record<string, unknown>>>> = {
  risk: {
    cause: '',
    category: '',
    response: null,
    actions: '',
    trigger: '',
    dueDate: null,
    nextReviewDate: null,
    residualLikelihood: null,
    residualImpact: null,
  },
  assumption: { validateBy: null },
  issue: { severity: 'medium', resolution: '' },
  decision: { rationale: '', decidedBy: null, decidedAt: null },
};

/**
 * Creates an item numbered `number` (the project's next number for its kind; its id is the label, "R-12",
 * since the counter never gives a number twice). `now` is an ISO 8601 instant, `actor` an accountId. The
 * caller first checks the project's capacity with checkItemCapacity.
 */
export function createRaidItem(input: unknown, actor: string, now: string, number: number): RaidResult<RaidChange & { entry: RaidHistoryEntry }> {
  const who = validActorAndTime({ by: actor, at: now });
  if (!who.ok) return raidFail(who.error.code, who.error.message);
  if (!Number.isInteger(number) || number < 1) return raidFail('invalid_number', `An item number is a whole number from 1; got ${String(number)}.`);
  const parsed = raidCreateSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { kind } = parsed.data;
  const candidate = withScores({
    ...DEFAULTS[kind],
    description: '',
    owner: null,
    linkedIssues: [],
    status: INITIAL_STATUS[kind],
    ...parsed.data,
    id: itemLabel({ kind, number }),
    number,
    createdAt: who.value.at,
    createdBy: who.value.by,
    updatedAt: who.value.at,
    updatedBy: who.value.by,
    version: 1,
  });
  const item = checkedItem(candidate, null);
  if (!item.ok) return item;
  return {
    ok: true,
    value: {
      item: item.value,
      entry: { itemId: item.value.id, version: 1, action: 'created', at: who.value.at, by: who.value.by, changes: initialFields(item.value) },
    },
  };
}

/**
 * Applies a patch: the version the editor read (a different one is refused, so no edit is silently lost)
 * and the changed fields only. The kind never changes; id, number, scores and the who/when are not edited.
 * A patch that changes nothing returns the item as it is and no entry (nothing to write).
 */
export function updateRaidItem(item: RaidItem, patch: unknown, actor: string, now: string): RaidResult<RaidChange> {
  const who = validActorAndTime({ by: actor, at: now });
  if (!who.ok) return raidFail(who.error.code, who.error.message);
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return raidFail('invalid_input', 'An update is an object with the version and the changed fields.');
  }
  const fields = patch as Readonly<Record<string, unknown>>;
  const label = itemLabel(item);
  if (fields.kind !== undefined && fields.kind !== item.kind) {
    return raidFail(
      'kind_change',
      `${label} is a ${KIND_NAME[item.kind]} and stays one; to track it as ${article(String(fields.kind))}, create a new item and close this one.`,
    );
  }
  const shape = problemsWithKeys(item.kind, Object.keys(fields));
  if (shape !== null) return { ok: false, error: shape };
  if (typeof fields.version !== 'number' || !Number.isInteger(fields.version)) {
    return raidFail('invalid_input', 'The version the item was read at is required (a whole number).', [{ field: 'version', message: 'Required.' }]);
  }
  if (fields.version !== item.version) {
    return raidFail(
      'version_conflict',
      `${label} was changed by someone else since you opened it (you have version ${String(fields.version)}, it is now at version ${item.version}). Reload it and apply your change again.`,
    );
  }
  const parsed = raidPatchSchema(item.kind).safeParse(patch);
  if (!parsed.success) return fromZod(parsed.error);
  const { version: _version, kind: _kind, ...changes } = parsed.data;
  const merged = withScores({ ...item, ...changes });
  const next = checkedItem(merged, item);
  if (!next.ok) return next;
  const changed = changedFields(item, next.value);
  if (changed.length === 0) return { ok: true, value: { item, entry: null } };
  const version = item.version + 1;
  const updated: RaidItem = { ...next.value, version, updatedAt: who.value.at, updatedBy: who.value.by };
  return { ok: true, value: { item: updated, entry: { itemId: item.id, version, action: 'updated', at: who.value.at, by: who.value.by, changes: changed } } };
}

/** Score = likelihood x impact; the residual score when both residual values are set. */
function withScores(candidate: Record<string, unknown>): Record<string, unknown> {
  if (candidate.kind !== 'risk') return candidate;
  const { likelihood, impact, residualLikelihood, residualImpact } = candidate;
  const product = (a: unknown, b: unknown): number | null => (typeof a === 'number' && typeof b === 'number' ? a * b : null);
  return { ...candidate, score: product(likelihood, impact), residualScore: product(residualLikelihood, residualImpact) };
}

/** The rules beyond single fields, then the stored shape: what every produced item must pass. */
function checkedItem(candidate: Record<string, unknown>, before: RaidItem | null): RaidResult<RaidItem> {
  const parsed = raidItemSchema.safeParse(candidate);
  if (!parsed.success) return fromZod(parsed.error);
  const item = parsed.data;
  const problem = ruleProblem(item, before);
  return problem === null ? { ok: true, value: item } : { ok: false, error: problem };
}

function ruleProblem(item: RaidItem, before: RaidItem | null): RaidError | null {
  const label = itemLabel(item);
  switch (item.kind) {
    case 'risk':
      if ((item.residualLikelihood === null) !== (item.residualImpact === null)) {
        return raidFail('residual_incomplete', `Set both the residual likelihood and the residual impact of ${label}, or neither.`, [
          { field: item.residualLikelihood === null ? 'residualLikelihood' : 'residualImpact', message: 'Set both residual values, or neither.' },
        ]).error;
      }
      return null;
    case 'issue':
      if ((item.status === 'resolved' || item.status === 'closed') && item.resolution === '') {
        return raidFail('resolution_required', `Say how ${label} was resolved before marking it ${item.status}.`, [
          { field: 'resolution', message: 'A resolved or closed issue needs a resolution.' },
        ]).error;
      }
      return null;
    case 'decision':
      if (before?.kind === 'decision' && before.status === 'superseded' && item.status !== 'superseded') {
        return raidFail('invalid_transition', `${label} is superseded and stays so; record a new decision instead.`).error;
      }
      if (before?.kind === 'decision' && before.status === 'decided' && item.status === 'proposed') {
        return raidFail('invalid_transition', `${label} is decided and cannot go back to proposed; supersede it with a new decision instead.`).error;
      }
      if (item.status === 'decided' && (item.decidedBy === null || item.decidedAt === null)) {
        const missing = [
          ...(item.decidedBy === null ? [{ field: 'decidedBy', message: 'Say who decided.' }] : []),
          ...(item.decidedAt === null ? [{ field: 'decidedAt', message: 'Say when it was decided.' }] : []),
        ];
        return raidFail('decision_incomplete', `A decided decision needs who decided and when; ${label} lacks ${missing.map((m) => m.field).join(' and ')}.`, missing).error;
      }
      return null;
    case 'assumption':
      return null;
  }
}

function problemsWithKeys(kind: RaidKind, keys: readonly string[]): RaidError | null {
  const editable = Object.keys(EDITABLE_FIELDS[kind]);
  const readOnly = keys.filter((k) => (READ_ONLY_FIELDS as readonly string[]).includes(k));
  if (readOnly.length > 0) {
    return raidFail(
      'read_only_field',
      `${readOnly.join(', ')} cannot be edited.`,
      readOnly.map((field) => ({ field, message: `${field} cannot be edited.` })),
    ).error;
  }
  const unknown = keys.filter((k) => k !== 'version' && k !== 'kind' && !editable.includes(k));
  if (unknown.length > 0) {
    return raidFail(
      'unknown_field',
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} of a ${KIND_NAME[kind]}; a ${KIND_NAME[kind]} has ${editable.join(', ')}.`,
      unknown.map((field) => ({ field, message: `Not a field of a ${KIND_NAME[kind]}.` })),
    ).error;
  }
  return null;
}

function article(word: string): string {
  return /^[aeiou]/iu.test(word) ? `an ${word}` : `a ${word}`;
}
