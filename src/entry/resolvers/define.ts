import type { z } from 'zod';
import { fail, type Result } from '../../contract/result';
import { trustedContext, type TrustedContext } from './resolver-context';
import { toResolverError } from './errors';

/** Forge caps an invoke request at 500 KB; the app refuses well before that with a clear message. */
const MAX_PAYLOAD_CHARS = 256 * 1024;

export interface ResolverDefinition<S extends z.ZodType, T> {
  payload: S;
  run(context: TrustedContext, payload: z.infer<S>): Promise<Result<T>>;
}

export function defineResolver<S extends z.ZodType, T>(definition: ResolverDefinition<S, T>) {
  return definition;
}

/** Wraps a definition into a Forge resolver function: validates the payload, maps failures to Results. */
export function toForgeHandler<S extends z.ZodType, T>(definition: ResolverDefinition<S, T>) {
  return async (request: { payload: unknown; context: unknown }): Promise<Result<T>> => {
    const raw = request.payload ?? {};
    if (JSON.stringify(raw).length > MAX_PAYLOAD_CHARS) {
      return fail('limit-exceeded', 'The request is too large (over 256 KB).');
    }
    const parsed = definition.payload.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
      return fail('invalid-payload', `Invalid request${where}: ${first?.message ?? 'unexpected shape'}`);
    }
    try {
      return await definition.run(trustedContext(request.context), parsed.data);
    } catch (error) {
      return { ok: false, error: toResolverError(error) };
    }
  };
}
