/** A decision whose comment must still be written to the issue's activity. */
export interface CommentRetry {
  issueId: string;
  issueKey: string;
  projectId: string;
  /** The `at` of the sign-off entry the comment records. */
  at: string;
}

/** Carries comment retries to their worker, after a delay (Forge async events). */
export interface CommentQueue {
  push(retry: CommentRetry, options: { delaySeconds: number }): Promise<void>;
}
