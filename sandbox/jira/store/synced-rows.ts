/**
 * Rows kept in memory between searches and brought up to date from a ChangeFeed: only the issues changed
 * since the last look are read again. Answers the same rows a fresh read would.
 */
import type { ChangeFeed } from './change-feed';

export interface RowSource<T> {
  /** Every row, by issue id. */
  all(): Iterable<readonly [number, T]>;
  /** One issue's row, or undefined when it is gone. */
  one(issueId: number): T | undefined;
}

export class SyncedRows<T> {
  private rows: Map<number, T> | null = null;
  private seq = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly source: RowSource<T>,
  ) {}

  current(): ReadonlyMap<number, T> {
    if (this.feed.inTransaction) return this.rows && this.feed.since(this.seq).issueIds.length === 0 ? this.rows : new Map(this.source.all());
    if (!this.rows) return this.reload();
    const { issueIds, latest } = this.feed.since(this.seq);
    // Reading many rows one by one costs more than one pass over the table.
    if (issueIds.length > Math.max(64, this.rows.size / 4)) return this.reload();
    for (const id of issueIds) {
      const row = this.source.one(id);
      if (row === undefined) this.rows.delete(id);
      else this.rows.set(id, row);
    }
    this.seq = latest;
    return this.rows;
  }

  private reload(): Map<number, T> {
    this.seq = this.feed.latest();
    this.rows = new Map(this.source.all());
    return this.rows;
  }
}
