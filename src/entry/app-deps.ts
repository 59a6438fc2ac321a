import { systemClock } from '../adapters/forge/clock';
import { forApp } from '../adapters/jira';
import { createKvsRecordStore } from '../adapters/store/kvs-record-store';
import type { AppDeps } from '../app/issue-panel/content-changed';

/** For functions that run without a user (triggers, validators): the app's own view of Jira. */
export function appDeps(): AppDeps {
  return { jira: forApp(), store: createKvsRecordStore(), clock: systemClock };
}
