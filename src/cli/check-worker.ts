import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkTickets } from './check-lines';
import type { CheckAnswer, CheckRequest, CheckWorkerData } from './check-pool';
import { unpackTickets } from './ticket-transfer';

/**
 * A checking thread of `accord readiness` (check-pool.ts starts it; the bundle builds it as its own entry,
 * dist/cli/check-worker.cjs): checks the tickets the main thread read and sends, one batch at a time in the
 * order they came, and answers with their output lines, as checkTickets gives them on the main thread.
 */
export function serveChecks(port: MessagePort, data: CheckWorkerData): void {
  port.on('message', (request: CheckRequest) => {
    const answer: CheckAnswer = { id: request.id, output: checkTickets(unpackTickets(request.tickets), data.rubric) };
    port.postMessage(answer);
  });
}

const given: unknown = workerData;
if (parentPort !== null && typeof given === 'object' && given !== null && 'rubric' in given) serveChecks(parentPort, given as CheckWorkerData);
