import { z } from 'zod';
import { signOffPermissionKey } from '../../adapters/forge/app-permissions';
import { listNames } from '../../app/signoff/names';
import { signoffVerdict } from '../../app/signoff/signoff-verdict';
import { appDeps } from '../wiring';

const argsSchema = z.looseObject({
  issue: z.looseObject({ key: z.string().min(1) }),
  // Fields the transition's screen changes: the content as it will be after the transition.
  transition: z.looseObject({ modifiedFields: z.record(z.string(), z.unknown()).optional() }).optional(),
});

const STATE_WORDS: Record<string, string> = {
  pending: 'has not been signed off yet',
  changes_requested: 'has changes requested',
  stale: 'changed since it was approved',
};

/**
 * jira:workflowValidator "Requires PO sign-off": reads the authoritative record (never the issue property,
 * which anyone who can edit the issue can change) and names who can sign off when it blocks.
 */
export async function signoffValidator(rawArgs: unknown): Promise<{ result: boolean; errorMessage?: string }> {
  const parsed = argsSchema.safeParse(rawArgs);
  if (!parsed.success) return { result: false, errorMessage: 'Accord could not read which issue is being transitioned.' };
  const deps = appDeps();
  const modified = parsed.data.transition?.modifiedFields ?? {};
  const verdict = await signoffVerdict(deps, parsed.data.issue.key, 'description' in modified ? { description: modified['description'] } : {});
  if (verdict.approved) return { result: true };
  const holders = await deps.jira
    .getUsersWithPermission(verdict.projectKey, signOffPermissionKey())
    .then((users) => users.filter((u) => u.active !== false).map((u) => u.displayName ?? u.accountId))
    .catch(() => [] as string[]);
  const who = holders.length > 0 ? `${listNames(holders)} can sign off` : 'someone with the "Sign off work results" permission must sign off';
  return {
    result: false,
    errorMessage: `This issue needs the Product Owner's sign-off first: its work result ${STATE_WORDS[verdict.state] ?? 'is not approved'}. ${who} in the Acceptance & sign-off panel.`,
  };
}
