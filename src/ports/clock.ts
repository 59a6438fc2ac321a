/** Time as the use cases see it: injected, so tests and the sandbox's accelerated clock control it. */
export interface Clock {
  now(): number;
}

/** How long the current invocation may still run (Forge's limits); the scan checkpoints before it ends. */
export interface Deadline {
  remainingMs(): number;
}
