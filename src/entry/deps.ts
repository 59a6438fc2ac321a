import { randomUUID } from 'node:crypto';
import { signOffPermissionKey, remainingMs } from '../adapters/forge/app-permissions';
import { systemClock } from '../adapters/forge/clock';
import { forgeScanQueue } from '../adapters/forge/scan-queue';
import { forApp, forUser } from '../adapters/jira';
import { createKvsRecordStore } from '../adapters/store/kvs-record-store';
import type { PanelDeps } from '../app/issue-panel/panel-deps';
import type { ScanDeps } from '../app/readiness/scan-project';

/** Wires the use cases to Forge: one place where adapters are chosen. */
export function userActionDeps(): PanelDeps {
  return {
    userJira: forUser(),
    appJira: forApp(),
    store: createKvsRecordStore(),
    clock: systemClock,
    newId: () => randomUUID(),
    signOffPermission: signOffPermissionKey(),
  };
}

export function scanDeps(): ScanDeps {
  return {
    jira: forApp(),
    store: createKvsRecordStore(),
    queue: forgeScanQueue(),
    clock: systemClock,
    deadline: { remainingMs },
    newRunId: () => randomUUID(),
  };
}
