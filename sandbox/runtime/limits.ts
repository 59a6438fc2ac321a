/** Forge function limits the runtime enforces (FORGE-FACTS §1). */
export const RESOLVER_TIMEOUT_SECONDS = 25;
export const TRIGGER_TIMEOUT_SECONDS = 25;
export const DEFAULT_ASYNC_TIMEOUT_SECONDS = 55;
export const MAX_TIMEOUT_SECONDS = 900;
export const INVOKE_PAYLOAD_MAX_BYTES = 500 * 1024;
export const INVOKE_RESPONSE_MAX_BYTES = 5 * 1024 * 1024;
/** Product events and async events: at most 4 retries; retryAfter is capped at 900 s. */
export const MAX_RETRIES = 4;
export const MAX_RETRY_AFTER_SECONDS = 900;
