import { Queue } from '@forge/events';
import type { ScanContinuation, ScanQueue } from '../../ports/scan-queue';

/** The queue named in manifest.yml (consumer readiness-scan-consumer). */
export const READINESS_SCAN_QUEUE = 'readiness-scan';

export function forgeScanQueue(): ScanQueue {
  const queue = new Queue({ key: READINESS_SCAN_QUEUE });
  return {
    async push(continuation: ScanContinuation) {
      await queue.push({ body: { ...continuation } });
    },
  };
}
