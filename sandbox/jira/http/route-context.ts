/** What a route handler gets: who asks, the parsed request, the site and the event sink. */
import type { Actor, EmulatorResponse, ProductEvent, TransitionValidator } from '../emulator-types';
import type { ParsedManifestBits } from '../manifest-bits';
import type { Site } from '../present/site';

export interface RegisteredValidator {
  key: string;
  toStatus: string | null;
  run: TransitionValidator;
}

export interface RouteContext {
  site: Site;
  manifest: ParsedManifestBits;
  actor: Actor;
  fromApp: boolean;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, parsed; undefined when the request had none. */
  body: unknown;
  /** Product events to deliver once the handler has committed its change. */
  emit(event: ProductEvent): void;
  validators(): RegisteredValidator[];
}

export type RouteHandler = (ctx: RouteContext) => EmulatorResponse | Promise<EmulatorResponse>;

/** The acting user's account id (null for the app itself). */
export function actingAccountId(ctx: RouteContext): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.accountId : null;
}
