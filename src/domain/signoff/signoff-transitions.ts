import { validActorAndTime, validTime } from '../criteria/actor-and-time';
import { characterCount, formatCount, isBlank } from '../criteria/canonical-text';
import { CONTENT_HASH_PATTERN } from '../criteria/content-hash';
import { fail, ok, type Result } from '../criteria/result';
import { MAX_FEEDBACK_CHARACTERS, type Signoff, type SignoffEntry } from './signoff';

export type SignoffErrorCode =
  | 'invalid_actor'
  | 'invalid_time'
  | 'invalid_hash'
  | 'feedback_required'
  | 'feedback_too_long'
  | 'already_approved'
  | 'changes_already_requested';

export type SignoffResult = Result<Signoff, SignoffErrorCode>;

interface Decision {
  readonly by: string;
  readonly at: string;
  /** contentHash of the criteria and description as the approver sees them now. */
  readonly hash: string;
}

/**
 * Approves the current content: from pending, changes_requested or stale (re-approval).
 * From approved it is allowed only when the content changed since (the stale mark may not
 * have arrived yet); approving the very same content twice is an error.
 */
export function approve(signoff: Signoff, input: Decision & { readonly feedback?: string }): SignoffResult {
  const checked = validDecision(input);
  if (!checked.ok) return checked;
  if (signoff.state === 'approved' && signoff.hash === checked.value.hash) {
    return fail('already_approved', 'This content is already approved; there is nothing new to approve.');
  }
  const note = input.feedback === undefined || isBlank(input.feedback) ? ok(undefined) : validFeedback(input.feedback);
  if (!note.ok) return note;
  return ok(append(signoff, 'approved', { ...checked.value, feedback: note.value }));
}

/**
 * Requests changes with feedback (required, at most 5,000 characters after trimming), from any
 * state. Repeating it on unchanged content is an error: add to the earlier feedback instead.
 */
export function requestChanges(signoff: Signoff, input: Decision & { readonly feedback: string }): SignoffResult {
  const checked = validDecision(input);
  if (!checked.ok) return checked;
  const feedback = validFeedback(input.feedback);
  if (!feedback.ok) return feedback;
  if (signoff.state === 'changes_requested' && signoff.hash === checked.value.hash) {
    return fail('changes_already_requested', 'Changes are already requested for this content; wait for it to change.');
  }
  return ok(append(signoff, 'changes_requested', { ...checked.value, feedback: feedback.value }));
}

/**
 * The criteria or description changed (the content now hashes to `hash`). An approval of
 * other content becomes stale; every other state is kept as is, and so is an approval of
 * the same content. Returns the same object when nothing changes, so callers can skip a write.
 */
export function contentChanged(signoff: Signoff, input: { readonly hash: string; readonly at: string; readonly by?: string | null }): SignoffResult {
  const hash = validHash(input.hash);
  if (!hash.ok) return hash;
  const at = validTime(input.at);
  if (!at.ok) return at;
  if (signoff.state !== 'approved' || signoff.hash === hash.value) return ok(signoff);
  const by = typeof input.by === 'string' && input.by.trim() !== '' ? input.by.trim() : null;
  return ok(append(signoff, 'stale', { by, at: at.value, hash: hash.value }));
}

function append(
  signoff: Signoff,
  decision: SignoffEntry['decision'],
  entry: { by: string | null; at: string; hash: string; feedback?: string | undefined },
): Signoff {
  const recorded: SignoffEntry = {
    decision,
    by: entry.by,
    at: entry.at,
    hash: entry.hash,
    ...(entry.feedback === undefined ? {} : { feedback: entry.feedback }),
  };
  // A stale mark keeps the approved hash: the record says what was approved, the entry what changed.
  const hash = decision === 'stale' ? signoff.hash : entry.hash;
  return { state: decision, hash, updatedAt: entry.at, history: [...signoff.history, recorded] };
}

function validDecision(input: Decision): Result<Decision, SignoffErrorCode> {
  const who = validActorAndTime(input);
  if (!who.ok) return who;
  const hash = validHash(input.hash);
  if (!hash.ok) return hash;
  return ok({ ...who.value, hash: hash.value });
}

function validHash(hash: unknown): Result<string, 'invalid_hash'> {
  if (typeof hash !== 'string' || !CONTENT_HASH_PATTERN.test(hash)) {
    return fail('invalid_hash', 'The content hash must be 64 lowercase hex characters (sha256).');
  }
  return ok(hash);
}

function validFeedback(feedback: unknown): Result<string, 'feedback_required' | 'feedback_too_long'> {
  const trimmed = typeof feedback === 'string' ? feedback.trim() : '';
  if (isBlank(trimmed)) return fail('feedback_required', 'Say what needs to change: feedback is required when requesting changes.');
  const length = characterCount(trimmed);
  if (length > MAX_FEEDBACK_CHARACTERS) {
    return fail(
      'feedback_too_long',
      `Feedback can have at most ${formatCount(MAX_FEEDBACK_CHARACTERS)} characters; this has ${formatCount(length)}.`,
    );
  }
  return ok(trimmed);
}
