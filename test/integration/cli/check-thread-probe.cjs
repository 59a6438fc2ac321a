'use strict';
// Preloaded (`node -r`) into `accord readiness` by readiness-threads.test.ts: counts the worker threads that
// were sent tickets to check (src/cli/check-pool.ts), and the batches, and writes both as the last line of
// stderr. With ACCORD_TEST_STOP_WORKER=1 it stops each worker as it receives its first batch, as a crash
// would.
const { Worker } = require('node:worker_threads');

const workers = new Set();
let batches = 0;
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function postMessage(message, transfer) {
  if (typeof message === 'object' && message !== null && 'tickets' in message) {
    workers.add(this);
    batches++;
    if (process.env.ACCORD_TEST_STOP_WORKER === '1') void this.terminate();
  }
  return post.call(this, message, transfer);
};
process.on('exit', () => process.stderr.write(`check batches: ${workers.size} workers, ${batches} batches\n`));
