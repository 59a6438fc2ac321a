/** Peak memory while something runs: RSS and used heap, sampled on a timer. */
export interface MemoryPeaks {
  rssBytes: number;
  heapUsedBytes: number;
}

export interface MemorySampler {
  /** Stops sampling and answers the peaks seen (including one last sample). */
  stop(): MemoryPeaks;
}

/** Collects garbage first when node runs with --expose-gc, so the peak belongs to what follows. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
}

export function sampleMemory(everyMs = 50): MemorySampler {
  const peaks: MemoryPeaks = { rssBytes: 0, heapUsedBytes: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    if (usage.rss > peaks.rssBytes) peaks.rssBytes = usage.rss;
    if (usage.heapUsed > peaks.heapUsedBytes) peaks.heapUsedBytes = usage.heapUsed;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { ...peaks };
    },
  };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
