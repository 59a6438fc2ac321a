import type { Clock, Deadline } from '../../src/ports/clock';
import type { CommentQueue, CommentRetry } from '../../src/ports/comment-queue';
import type { JobMessage, JobQueue } from '../../src/ports/job-queue';

/** A clock that moves only when told. */
export function fixedClock(start = Date.parse('2026-11-02T09:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

/** How long the invocation has left: plenty, or what a test sets (to force a continuation). */
export function fakeDeadline(remainingMs = 800_000): Deadline & { set(ms: number): void } {
  let left = remainingMs;
  return {
    remainingMs: () => left,
    set(ms) {
      left = ms;
    },
  };
}

/** The job queue in memory: what was pushed, with its delay. */
export function fakeJobQueue(): JobQueue & { pushed: Array<{ message: JobMessage; delaySeconds?: number }> } {
  const pushed: Array<{ message: JobMessage; delaySeconds?: number }> = [];
  return {
    pushed,
    async push(message, options = {}) {
      pushed.push({ message: { ...message }, ...(options.delaySeconds === undefined ? {} : { delaySeconds: options.delaySeconds }) });
    },
  };
}

/** Sequential ids ("id-1", "id-2", ...), so tests can name what they create. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** The decision-comment queue in memory. */
export function fakeCommentQueue(): CommentQueue & { pushed: Array<{ retry: CommentRetry; delaySeconds: number }> } {
  const pushed: Array<{ retry: CommentRetry; delaySeconds: number }> = [];
  return {
    pushed,
    async push(retry, options) {
      pushed.push({ retry: { ...retry }, delaySeconds: options.delaySeconds });
    },
  };
}
