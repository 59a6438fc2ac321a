import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Rubric } from '../domain/readiness';
import type { ParsedTicket } from './check-lines';
import { packTickets, type PackedTickets } from './ticket-transfer';

/**
 * Worker threads that check what the main thread of `accord readiness` has read (check-worker.ts is their
 * side; readiness-command.ts hands out the batches and writes the answers in input order). The work is cut
 * by stage, not by line: the main thread reads the lines (JSON, schema, Markdown to text blocks: 1.2 s of
 * a one-thread CPU profile of 17,195 real tickets, against 0.8 s for the checks) and a worker checks the
 * tickets and writes their output lines. Each thread then warms up and compiles only its own part of the
 * code, and only the workers load the language model. Cut by line (every thread reading and checking whole
 * batches), the second thread cost as much CPU again as it saved on a 2-core machine, where V8 already
 * compiles on the second core; handing a worker every third to tenth batch unread was no faster either.
 */

/** How many worker threads, and from how much input on. */
export interface ThreadSettings {
  /** Worker threads besides the main thread; 0 does everything on the main thread. */
  workers: number;
  /**
   * Workers start for a file of at least this many bytes, or once standard input has given this many
   * characters: below it a run is over about as soon as a worker would have loaded.
   */
  minBytes: number;
}

/**
 * Most worker threads started by default. With Markdown descriptions the main thread's reading is the
 * limit and one worker keeps up with it; more help where checking weighs more (ADF descriptions). Only
 * 2 cores (one worker) were measured.
 */
const MAX_DEFAULT_WORKERS = 3;
/**
 * 1.5 MB, about 1,500 tickets with real descriptions. A worker takes 0.2 to 0.3 s to load the command and
 * the language model. Measured on 2 cores (median of 5): 0.9 MB took 0.40 s with one and without,
 * 1.6 MB 0.45 s against 0.47 s, 2.9 MB 0.55 s against 0.58 s; the 14 KB fixture backlog 0.31 s against 0.23 s.
 */
const DEFAULT_MIN_BYTES = 1_500_000;

/**
 * The settings for this machine: one worker per core beyond the first (at most 3), overridden by
 * ACCORD_CLI_WORKERS (0: everything on the main thread) and ACCORD_CLI_WORKER_MIN_BYTES (the tests use 0).
 */
export function threadSettings(env: NodeJS.ProcessEnv = process.env): ThreadSettings {
  const count = (name: string, fallback: number): number => {
    const given = env[name];
    if (given === undefined || given.trim() === '') return fallback;
    const value = Number(given);
    return Number.isInteger(value) && value >= 0 ? value : fallback;
  };
  return {
    workers: count('ACCORD_CLI_WORKERS', Math.min(MAX_DEFAULT_WORKERS, Math.max(0, availableParallelism() - 1))),
    minBytes: count('ACCORD_CLI_WORKER_MIN_BYTES', DEFAULT_MIN_BYTES),
  };
}

/** What a worker is started with. */
export interface CheckWorkerData {
  rubric: Rubric | undefined;
}

/** Read tickets sent to a worker, numbered so its answer finds its way back. */
export interface CheckRequest {
  id: number;
  tickets: PackedTickets;
}

/** A worker's answer to one request: the output lines of its tickets. */
export interface CheckAnswer {
  id: number;
  output: string;
}

/**
 * Batches a worker may hold at once (8,192 lines): a worker takes 0.2 to 0.3 s to load before its first
 * answer, in which the main thread reads up to 4,000 lines, and a batch the main thread checks itself while
 * a worker loads makes it load the language model and warm up the checks too. With room for 32 the main
 * thread still checked 1 to 12 of the 135 batches of the NeoDataset tickets itself; with 64, none.
 */
const IN_FLIGHT_PER_WORKER = 64;

interface Waiting {
  resolve: (output: string) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

/**
 * Where the worker's code is. From the bundle (dist/cli/accord.cjs) it is the bundle's second entry,
 * dist/cli/check-worker.cjs, built beside it; from the sources (bin/accord.js through tsx) it is
 * check-worker.ts, which the worker compiles through tsx's register as the main thread does (tsx keeps
 * compiled files in its cache, so that costs little after the first run).
 */
function workerScript(): { script: string; evaluate: boolean } {
  if (!__filename.endsWith('.ts')) return { script: path.join(__dirname, 'check-worker.cjs'), evaluate: false };
  const tsx = require.resolve('tsx/cjs/api');
  const entry = path.join(__dirname, 'check-worker.ts');
  return { script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, evaluate: true };
}

export class CheckPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(workers: number, rubric: Rubric | undefined) {
    const { script, evaluate } = workerScript();
    const workerData: CheckWorkerData = { rubric };
    for (let i = 0; i < workers; i++) {
      const slot: Slot = { worker: new Worker(script, { eval: evaluate, workerData }), waiting: new Map() };
      slot.worker.on('message', (answer: CheckAnswer) => {
        const waiting = slot.waiting.get(answer.id);
        slot.waiting.delete(answer.id);
        waiting?.resolve(answer.output);
      });
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (slot.waiting.size > 0 || code !== 0) this.fail(new Error(`a checking thread stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /**
   * Sends read tickets to the least busy worker and answers with their output lines; null when every
   * worker already has its fill or the tickets cannot be sent (the caller checks them itself). Rejects when
   * a worker fails.
   */
  check(tickets: readonly ParsedTicket[]): Promise<string> | null {
    if (this.failure !== null) return Promise.reject(this.failure);
    let best: Slot | null = null;
    for (const slot of this.slots) if (slot.waiting.size < IN_FLIGHT_PER_WORKER && (best === null || slot.waiting.size < best.waiting.size)) best = slot;
    if (best === null) return null;
    const id = this.nextId++;
    const slot = best;
    const request: CheckRequest = { id, tickets: packTickets(tickets) };
    try {
      slot.worker.postMessage(request, [request.tickets.numbers.buffer]);
    } catch {
      // Tickets V8 cannot copy to another thread (an ADF document nested a few thousand levels deep
      // overflows its serializer, which JSON.parse and the checker take in their stride) are checked by
      // the caller.
      return null;
    }
    // The answer comes in a later turn of the event loop, after this.
    return new Promise<string>((resolve, reject) => slot.waiting.set(id, { resolve, reject }));
  }

  /** Stops the workers (every answer is in by then). */
  close(): void {
    for (const slot of this.slots) {
      slot.worker.removeAllListeners('exit');
      void slot.worker.terminate();
    }
  }

  private fail(error: Error): void {
    if (this.failure === null) this.failure = error;
    for (const slot of this.slots) {
      for (const waiting of slot.waiting.values()) waiting.reject(error);
      slot.waiting.clear();
    }
  }
}
