import type { Clock } from '../../ports/clock';

/**
 * Real time on Forge. The local sandbox runs an accelerated clock (to reach a planning window without
 * waiting days) and publishes it as `globalThis.__accordSandboxNow`; on Forge that global never exists.
 */
export const systemClock: Clock = {
  now: () => {
    const sandboxNow = (globalThis as { __accordSandboxNow?: () => number }).__accordSandboxNow;
    return typeof sandboxNow === 'function' ? sandboxNow() : Date.now();
  },
};
