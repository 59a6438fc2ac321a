/**
 * The Forge context named an issue and a project (or a project's id and key) that do not belong together:
 * a forged or stale context. Nothing is read on the strength of it.
 */
export class ContextMismatchError extends Error {
  constructor(detail: string) {
    super(`The issue and project this page was opened for do not belong together (${detail}). Reload the page.`);
    this.name = 'ContextMismatchError';
  }
}
