import type { z } from 'zod';
import { fail, type Result } from '../../contract/result';
import { trustedContext, type TrustedContext } from './resolver-context';
import { toResolverError, type ResolverSubject } from './errors';
import { payloadProblem } from './payload-shape';


export interface ResolverDefinition<S extends z.ZodType, T> {
  payload: S;
  /** What the resolver acts on (default the issue), so refusals name it. */
  subject?: ResolverSubject;
  run(context: TrustedContext, payload: z.infer<S>): Promise<Result<T>>;
}

export function defineResolver<S extends z.ZodType, T>(definition: ResolverDefinition<S, T>) {
  return definition;
}

/** Wraps a definition into a Forge resolver function: validates the payload, maps failures to Results. */
export function toForgeHandler<S extends z.ZodType, T>(definition: ResolverDefinition<S, T>) {
  return async (request: { payload: unknown; context: unknown }): Promise<Result<T>> => {
    const raw = request.payload ?? {};
    const problem = payloadProblem(raw);
    if (problem !== null) return fail(problem.startsWith('The request is too large') ? 'limit-exceeded' : 'invalid-payload', problem);
    const parsed = definition.payload.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
      // Every problem with where it is, so a form can show each message on its field.
      const fields = parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
      return fail('invalid-payload', `Invalid request${where}: ${first?.message ?? 'unexpected shape'}`, { fields });
    }
    try {
      return await definition.run(trustedContext(request.context), parsed.data);
    } catch (error) {
      return { ok: false, error: toResolverError(error, definition.subject) };
    }
  };
}
