import { Queue } from '@forge/events';
import type { CommentQueue, CommentRetry } from '../../ports/comment-queue';

/** The queue named in manifest.yml (consumer decision-comment-consumer). */
export const DECISION_COMMENT_QUEUE = 'decision-comments';
/** @forge/events refuses longer delays. */
const MAX_DELAY_SECONDS = 900;

export function forgeCommentQueue(): CommentQueue {
  const queue = new Queue({ key: DECISION_COMMENT_QUEUE });
  return {
    async push(retry: CommentRetry, options) {
      await queue.push({ body: { ...retry }, delayInSeconds: Math.min(MAX_DELAY_SECONDS, Math.max(1, Math.ceil(options.delaySeconds))) });
    },
  };
}
