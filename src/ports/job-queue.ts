/** A message that starts or continues a project job (Forge async events carry it to the job worker). */
export interface JobMessage {
  /** Which job (its name in the job registry). */
  job: string;
  projectId: string;
  projectKey: string;
  /** The run to continue; null asks for a fresh run ("run now"). */
  runId: string | null;
}

/** The queue that carries job messages to the worker; a delay lets a rate-limited job wait outside an invocation. */
export interface JobQueue {
  push(message: JobMessage, options?: { delaySeconds?: number }): Promise<void>;
}
