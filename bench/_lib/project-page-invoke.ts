/**
 * Calls the project page's resolvers the way its Custom UI does (module, function, payload, the page's
 * extension context, the signed-in user) and times each call, with the Jira requests it made and the size
 * of its answer.
 */
import { performance } from 'node:perf_hooks';
import type { ExtensionContext } from '../../sandbox/runtime/types';
import type { Sandbox } from '../../sandbox/server';

export const PROJECT_PAGE = 'accord-project-page';

export interface TimedCall {
  ms: number;
  jiraRequests: number;
  /** The answer's JSON size: what crosses the bridge to the frame. */
  answerBytes: number;
  /** The resolver's own verdict (`{ok: false}`) or the runtime's. */
  ok: boolean;
  body: unknown;
}

export function projectPageExtension(project: { id: string; key: string }, boardId: number): ExtensionContext {
  return { type: 'jira:projectPage', project: { id: project.id, key: project.key, type: 'software' }, board: { id: boardId } };
}

/** One timed invoke; the queue work it caused (a snapshot it asked for) runs afterwards, outside the timing. */
export async function invokeTimed(sandbox: Sandbox, extension: ExtensionContext, accountId: string, functionKey: string, payload: unknown, options: { drain?: boolean } = {}): Promise<TimedCall> {
  sandbox.jira.resetRequestCounts();
  const start = performance.now();
  const result = await sandbox.runtime.invoke({ moduleKey: PROJECT_PAGE, functionKey, payload, extension, accountId });
  const ms = performance.now() - start;
  const jiraRequests = Object.values(sandbox.jira.requestCounts()).reduce((sum, n) => sum + n, 0);
  if (options.drain !== false) await sandbox.runtime.drainQueues();
  if (!result.ok) return { ms, jiraRequests, answerBytes: 0, ok: false, body: result.message };
  const body = result.body as { ok?: boolean } | null;
  return { ms, jiraRequests, answerBytes: Buffer.byteLength(JSON.stringify(result.body) ?? ''), ok: body?.ok !== false, body: result.body };
}

/** `calls` timed calls after `warmUp` untimed ones. */
export async function timedSeries(call: () => Promise<TimedCall>, calls: number, warmUp: number): Promise<TimedCall[]> {
  for (let i = 0; i < warmUp; i += 1) await call();
  const out: TimedCall[] = [];
  for (let i = 0; i < calls; i += 1) out.push(await call());
  return out;
}
