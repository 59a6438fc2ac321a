/**
 * The one place where the use cases meet Forge: which adapter serves each port, for each kind of caller.
 * Entry points (resolvers, triggers, validators, scheduled triggers, consumers) ask here for their deps.
 */
import { randomUUID } from 'node:crypto';
import { remainingMs, signOffPermissionKey } from '../adapters/forge/app-permissions';
import { systemClock } from '../adapters/forge/clock';
import { forgeCommentQueue } from '../adapters/forge/comment-queue';
import { forgeJobQueue } from '../adapters/forge/job-queue';
import { forApp, forUser } from '../adapters/jira';
import { createKvsRecordStore } from '../adapters/store/kvs-record-store';
import type { AppDeps } from '../app/app-deps';
import type { JobDeps, ProjectJob } from '../app/jobs/project-job';
import { readinessScanJob } from '../app/readiness/readiness-scan';
import { projectSnapshotJob } from '../app/snapshot/project-snapshot-job';
import type { PanelDeps } from '../app/signoff/panel-deps';

/** A user acting in a page: reads go as the user (Jira's permissions apply); mirrors are the app's own writes. */
export function userActionDeps(): PanelDeps {
  return {
    userJira: forUser(),
    appJira: forApp(),
    store: createKvsRecordStore(),
    clock: systemClock,
    newId: () => randomUUID(),
    signOffPermission: signOffPermissionKey(),
    comments: forgeCommentQueue(),
  };
}

/** The decision-comment worker: the app's view of Jira, the store and the queue it re-queues on. */
export function commentWorkerDeps() {
  return { ...appDeps(), comments: forgeCommentQueue() };
}

/** Functions that run without a user (triggers, validators): the app's own view of Jira. */
export function appDeps(): AppDeps {
  return { jira: forApp(), store: createKvsRecordStore(), clock: systemClock };
}

/** Project jobs (scheduled trigger, queue consumer): the app's view, the job queue and the invocation's deadline. */
export function jobDeps(): JobDeps {
  return { ...appDeps(), queue: forgeJobQueue(), deadline: { remainingMs }, newRunId: () => randomUUID() };
}

/** Every project job the queue consumer can run, by name. */
export const PROJECT_JOBS: ReadonlyMap<string, ProjectJob<unknown, unknown>> = new Map(
  [readinessScanJob as ProjectJob<unknown, unknown>, projectSnapshotJob as ProjectJob<unknown, unknown>].map((job) => [job.name, job]),
);
