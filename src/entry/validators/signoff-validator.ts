import { z } from 'zod';
import { JiraUnavailableError, NotFoundError, RateLimitedError } from '../../ports/jira';
import { UnreadableRecordError } from '../../ports/store';
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
  let verdict: Awaited<ReturnType<typeof signoffVerdict>>;
  try {
    verdict = await signoffVerdict(deps, parsed.data.issue.key, 'description' in modified ? { description: modified['description'] } : {});
  } catch (error) {
    // A validator that throws blocks the transition with Jira's generic error: say why instead.
    return { result: false, errorMessage: cannotCheck(error) };
  }
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

/** Why the sign-off could not be checked, for the person moving the issue; the transition stays blocked. */
function cannotCheck(error: unknown): string {
  if (error instanceof NotFoundError) return 'Accord cannot find this issue to check its sign-off (the app may not see it). The transition stays blocked; tell your Jira admin if it keeps happening.';
  if (error instanceof RateLimitedError || error instanceof JiraUnavailableError) return 'Jira is busy, so Accord could not check the sign-off. Try the transition again in a minute.';
  console.error('The sign-off validator could not check an issue', error);
  if (error instanceof UnreadableRecordError) return `Accord cannot read what it stored for this issue (${error.kind} record, version ${error.version}), so it cannot confirm the sign-off. Tell your Jira admin, who can find the details in the app's logs.`;
  return 'Accord could not check the sign-off of this issue. Try the transition again; tell your Jira admin if it keeps happening.';
}
