import { validActorAndTime, type ActorAndTimeError } from './actor-and-time';
import { canonicalText } from './canonical-text';
import { UNVERIFIED, VERIFICATION_STATES, type Criterion, type IssueCriteria, type VerificationState } from './criterion';
import { MAX_CRITERIA_PER_ISSUE, tooManyCriteria, validCriterionText, type CriterionTextError } from './limits';
import { fail, ok, type Result } from './result';

export type CriteriaErrorCode =
  | CriterionTextError
  | ActorAndTimeError
  | 'too_many_criteria'
  | 'criterion_not_found'
  | 'invalid_id'
  | 'duplicate_id'
  | 'invalid_index'
  | 'invalid_state';

export type CriteriaResult = Result<IssueCriteria, CriteriaErrorCode>;

/** Supplies ids for new criteria; the domain never invents them (no randomness here). */
export type NewCriterionId = () => string;

function withCriteria(record: IssueCriteria, criteria: readonly Criterion[]): IssueCriteria {
  return record.version === undefined ? { criteria } : { criteria, version: record.version };
}

function validId(id: unknown, taken: ReadonlySet<string>): Result<string, 'invalid_id' | 'duplicate_id'> {
  if (typeof id !== 'string' || id.trim() === '') return fail('invalid_id', 'A criterion id must be a non-empty string.');
  if (taken.has(id)) return fail('duplicate_id', `A criterion with id "${id}" already exists.`);
  return ok(id);
}

function notFound(id: string): { ok: false; error: { code: 'criterion_not_found'; message: string } } {
  return fail('criterion_not_found', `No criterion with id "${id}" on this issue.`);
}

/** Appends a criterion (optionally at `index`); the new one is unverified. */
export function addCriterion(record: IssueCriteria, input: { id: string; text: string; index?: number }): CriteriaResult {
  if (record.criteria.length + 1 > MAX_CRITERIA_PER_ISSUE) return tooManyCriteria(record.criteria.length + 1);
  const id = validId(input.id, new Set(record.criteria.map((c) => c.id)));
  if (!id.ok) return id;
  const text = validCriterionText(input.text);
  if (!text.ok) return text;
  const index = input.index ?? record.criteria.length;
  if (!Number.isInteger(index) || index < 0 || index > record.criteria.length) {
    return fail('invalid_index', `Position ${String(index)} is outside 0..${record.criteria.length}.`);
  }
  const criteria = [...record.criteria];
  criteria.splice(index, 0, { id: id.value, text: text.value, verification: UNVERIFIED });
  return ok(withCriteria(record, criteria));
}

/**
 * Changes a criterion's text. A change of meaning (canonical text differs) resets its
 * verification, since what was verified is no longer what is written; a whitespace-only
 * edit keeps it.
 */
export function editCriterionText(record: IssueCriteria, id: string, newText: string): CriteriaResult {
  const at = record.criteria.findIndex((c) => c.id === id);
  const current = record.criteria[at];
  if (current === undefined) return notFound(id);
  const text = validCriterionText(newText);
  if (!text.ok) return text;
  const sameMeaning = canonicalText(current.text) === canonicalText(text.value);
  const edited: Criterion = { ...current, text: text.value, verification: sameMeaning ? current.verification : UNVERIFIED };
  return ok(withCriteria(record, record.criteria.map((c, i) => (i === at ? edited : c))));
}

export function removeCriterion(record: IssueCriteria, id: string): CriteriaResult {
  if (!record.criteria.some((c) => c.id === id)) return notFound(id);
  return ok(withCriteria(record, record.criteria.filter((c) => c.id !== id)));
}

/** Moves a criterion so that it ends up at `toIndex` (0-based, in the resulting order). */
export function moveCriterion(record: IssueCriteria, id: string, toIndex: number): CriteriaResult {
  const from = record.criteria.findIndex((c) => c.id === id);
  const moving = record.criteria[from];
  if (moving === undefined) return notFound(id);
  const last = record.criteria.length - 1;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > last) {
    return fail('invalid_index', `Position ${String(toIndex)} is outside 0..${last}.`);
  }
  const criteria = record.criteria.filter((c) => c.id !== id);
  criteria.splice(toIndex, 0, moving);
  return ok(withCriteria(record, criteria));
}

/** Marks a criterion passed, failed or back to unverified, recording who and when. */
export function verifyCriterion(
  record: IssueCriteria,
  id: string,
  input: { state: VerificationState; by: string; at: string },
): CriteriaResult {
  const at = record.criteria.findIndex((c) => c.id === id);
  const current = record.criteria[at];
  if (current === undefined) return notFound(id);
  if (!(VERIFICATION_STATES as readonly unknown[]).includes(input.state)) {
    return fail('invalid_state', `A criterion is ${VERIFICATION_STATES.join(', ')}; got ${JSON.stringify(input.state)}.`);
  }
  const who = validActorAndTime(input);
  if (!who.ok) return who;
  const verified: Criterion = { ...current, verification: { state: input.state, by: who.value.by, at: who.value.at } };
  return ok(withCriteria(record, record.criteria.map((c, i) => (i === at ? verified : c))));
}

/**
 * Replaces every criterion (the import). A new text whose canonical form equals an existing
 * criterion's keeps that criterion's id and verification, so re-importing an unchanged
 * description loses nothing; other texts get fresh ids from `newId`. Texts repeated within
 * the import are kept once.
 */
export function replaceAllCriteria(record: IssueCriteria, texts: readonly string[], newId: NewCriterionId): CriteriaResult {
  const existing = new Map<string, Criterion>();
  for (const c of record.criteria) {
    const key = canonicalText(c.text);
    if (!existing.has(key)) existing.set(key, c);
  }
  const seen = new Set<string>();
  const ids = new Set<string>();
  const criteria: Criterion[] = [];
  for (const [position, raw] of texts.entries()) {
    const text = validCriterionText(raw);
    if (!text.ok) return fail(text.error.code, `Criterion ${position + 1}: ${text.error.message}`);
    const key = canonicalText(text.value);
    if (seen.has(key)) continue;
    seen.add(key);
    const kept = existing.get(key);
    const id = validId(kept?.id ?? newId(), ids);
    if (!id.ok) return id;
    ids.add(id.value);
    criteria.push({ id: id.value, text: text.value, verification: kept?.verification ?? UNVERIFIED });
  }
  if (criteria.length > MAX_CRITERIA_PER_ISSUE) return tooManyCriteria(criteria.length);
  return ok(withCriteria(record, criteria));
}

/** Adds only the texts not already present (by canonical text), after the existing ones. */
export function appendNewCriteria(record: IssueCriteria, texts: readonly string[], newId: NewCriterionId): CriteriaResult {
  let next: IssueCriteria = record;
  for (const text of importDuplicates(record, texts).fresh) {
    const added = addCriterion(next, { id: newId(), text });
    if (!added.ok) return added;
    next = added.value;
  }
  return ok(next);
}

export interface ImportDuplicates {
  /** True when at least one imported text is already a criterion (or repeats within the import). */
  readonly wouldDuplicate: boolean;
  readonly duplicates: readonly string[];
  /** Texts that would be new, in import order, each once. */
  readonly fresh: readonly string[];
}

/** Tells whether importing `texts` would repeat existing criteria; compares canonical text. */
export function importDuplicates(record: IssueCriteria, texts: readonly string[]): ImportDuplicates {
  const known = new Set(record.criteria.map((c) => canonicalText(c.text)));
  const duplicates: string[] = [];
  const fresh: string[] = [];
  for (const text of texts) {
    const key = canonicalText(text);
    if (key === '') continue;
    if (known.has(key)) {
      duplicates.push(text);
    } else {
      known.add(key);
      fresh.push(text);
    }
  }
  return { wouldDuplicate: duplicates.length > 0, duplicates, fresh };
}
