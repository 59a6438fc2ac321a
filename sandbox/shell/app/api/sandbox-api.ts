/** Calls to the sandbox's own control API (clock, triggers, faults, invocations, app functions). */
import type { AdfNode } from '../adf/adf-types';
import { requestJson } from './http';
import type { ExtensionContext } from '../bridge/bridge-protocol';
import type { InvocationLogEntry, InvokeAnswer, SandboxClockState, SandboxFaults, SandboxState, ScheduledRunResult } from './sandbox-types';

export function getSandboxState(): Promise<SandboxState> {
  return requestJson<SandboxState>('GET', '/__sandbox/api/state');
}

export function invokeFunction(request: { moduleKey: string; functionKey: string; payload: unknown; extension: ExtensionContext }): Promise<InvokeAnswer> {
  return requestJson<InvokeAnswer>('POST', '/__sandbox/api/invoke', request);
}

export function runScheduledTriggers(key?: string): Promise<ScheduledRunResult[]> {
  return requestJson<ScheduledRunResult[]>('POST', '/__sandbox/api/scheduled-triggers/run', key ? { key } : {});
}

export function setClock(change: { advanceMs?: number; speed?: number }): Promise<SandboxClockState> {
  return requestJson<SandboxClockState>('POST', '/__sandbox/api/clock', change);
}

export function setFaults(faults: SandboxFaults): Promise<SandboxFaults | undefined> {
  return requestJson<SandboxFaults | undefined>('PUT', '/__sandbox/api/faults', faults);
}

export function getInvocations(): Promise<InvocationLogEntry[]> {
  return requestJson<InvocationLogEntry[]>('GET', '/__sandbox/api/invocations');
}

export function markdownToAdf(markdown: string): Promise<AdfNode> {
  return requestJson<AdfNode>('POST', '/__sandbox/api/markdown-to-adf', { markdown });
}
