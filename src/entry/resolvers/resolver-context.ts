import { z } from 'zod';

/**
 * What a resolver may trust: the issue and project come from the Forge context Jira built for the frame,
 * never from the payload.
 */
export interface TrustedContext {
  accountId: string | null;
  issue?: { id: string; key: string; typeName?: string };
  project?: { id: string; key: string };
  sprint?: { id: number };
  board?: { id: number };
  moduleKey?: string;
}

const extensionSchema = z
  .object({
    issue: z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string(), type: z.string().optional() }).optional(),
    project: z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string() }).optional(),
    sprint: z.object({ id: z.union([z.string(), z.number()]).transform(Number) }).optional(),
    board: z.object({ id: z.union([z.string(), z.number()]).transform(Number) }).optional(),
  })
  .passthrough();

export function trustedContext(context: unknown): TrustedContext {
  const c = (context ?? {}) as { accountId?: unknown; extension?: unknown; moduleKey?: unknown };
  const parsed = extensionSchema.safeParse(c.extension ?? {});
  const ext = parsed.success ? parsed.data : {};
  return {
    accountId: typeof c.accountId === 'string' ? c.accountId : null,
    issue: ext.issue ? { id: ext.issue.id, key: ext.issue.key, typeName: ext.issue.type } : undefined,
    project: ext.project,
    sprint: ext.sprint,
    board: ext.board,
    moduleKey: typeof c.moduleKey === 'string' ? c.moduleKey : undefined,
  };
}
