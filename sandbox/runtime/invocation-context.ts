/**
 * Per-invocation context. Each call of an app function runs inside its own AsyncLocalStorage store, so that
 * `__forge_runtime__.appContext`, `lambdaContext` and `asUser()` answer for the invocation whose code is asking,
 * even when several run at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface InvocationContext {
  invocationId: string;
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  /** The principal (the user the invocation runs for); null for scheduled triggers, consumers and anonymous calls. */
  accountId: string | null;
  /** Real epoch ms after which the invocation has timed out. */
  deadline: number;
}

export const invocationStore = new AsyncLocalStorage<InvocationContext>();

export const currentInvocation = (): InvocationContext | undefined => invocationStore.getStore();
