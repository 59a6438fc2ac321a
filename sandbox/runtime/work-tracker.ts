/** Keeps the promises of background work (deliveries, retries) so `drainQueues` can wait until none is left. */
export class WorkTracker {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves once nothing is pending, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
