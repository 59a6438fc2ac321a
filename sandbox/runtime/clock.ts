/**
 * The sandbox clock: sandbox time = real time × speed + offset. Work due at a sandbox instant (delayed queue
 * events, retries, scheduled triggers) is registered with `schedule`; `advance` jumps time forward and runs what
 * falls due in order, awaiting each, so tests never wait real time. A slow real-time tick runs what falls due
 * as time passes on its own (an accelerated clock fires hourly triggers within minutes).
 */
import type { SandboxClock } from './types';

export interface RuntimeClock extends SandboxClock {
  /** Runs `task` once sandbox time reaches `at` (epoch ms). Returns a function that cancels it. */
  schedule(at: number, task: () => unknown): () => void;
  /** Current sandbox time in epoch milliseconds. */
  nowMs(): number;
  /** Runs what is due now (also done by the real-time tick). */
  runDue(): Promise<void>;
  /** Stops the real-time tick and drops pending tasks. */
  close(): void;
}

export interface ClockOptions {
  /** Sandbox time at creation; default: real time. */
  start?: Date;
  speed?: number;
  /** Real milliseconds between checks for due work; 0 disables the tick. Default 250. */
  tickMs?: number;
}

interface Timer {
  id: number;
  at: number;
  task: () => unknown;
}

export function createSandboxClock(options: ClockOptions = {}): RuntimeClock {
  let anchorReal = Date.now();
  let anchorSandbox = options.start?.getTime() ?? anchorReal;
  let speed = options.speed ?? 1;
  let timers: Timer[] = [];
  let nextId = 1;
  // One runner at a time: advance() and the tick never run tasks concurrently.
  let chain: Promise<void> = Promise.resolve();

  const nowMs = (): number => anchorSandbox + (Date.now() - anchorReal) * speed;
  const jumpTo = (at: number): void => {
    const now = nowMs();
    if (at > now) anchorSandbox += at - now;
  };

  const takeDue = (until: number): Timer | undefined => {
    let earliest: Timer | undefined;
    for (const t of timers) if (t.at <= until && (!earliest || t.at < earliest.at || (t.at === earliest.at && t.id < earliest.id))) earliest = t;
    if (earliest) timers = timers.filter((t) => t !== earliest);
    return earliest;
  };

  const runTask = async (timer: Timer): Promise<void> => {
    try {
      await timer.task();
    } catch (e) {
      // A failing task must not stop the clock; the task's owner records its own failures.
      console.error('[sandbox clock] scheduled task failed:', e);
    }
  };

  const serialize = (work: () => Promise<void>): Promise<void> => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };

  const runDue = (): Promise<void> =>
    serialize(async () => {
      for (let t = takeDue(nowMs()); t; t = takeDue(nowMs())) await runTask(t);
    });

  const tick = options.tickMs === 0 ? undefined : setInterval(() => void runDue(), options.tickMs ?? 250);
  tick?.unref();

  return {
    now: () => new Date(nowMs()),
    nowMs,
    setSpeed(multiplier: number) {
      if (!Number.isFinite(multiplier) || multiplier <= 0) throw new Error(`Clock speed must be a positive number; got ${multiplier}`);
      anchorSandbox = nowMs();
      anchorReal = Date.now();
      speed = multiplier;
    },
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) return Promise.reject(new Error(`advance() needs a non-negative duration; got ${ms}`));
      return serialize(async () => {
        const target = nowMs() + ms;
        // Step through due work in time order, so each task sees the sandbox time it was due at.
        for (let t = takeDue(target); t; t = takeDue(target)) {
          jumpTo(t.at);
          await runTask(t);
        }
        jumpTo(target);
      });
    },
    schedule(at: number, task: () => unknown) {
      const timer: Timer = { id: nextId++, at, task };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    runDue,
    close() {
      if (tick) clearInterval(tick);
      timers = [];
    },
  };
}
