// The handlers manifest.yml names (function[].handler = index.<export>); nothing else lives here.
export { handler as resolver } from './entry/resolvers';
export { signoffValidator } from './entry/validators/signoff-validator';
export { issueUpdated } from './entry/triggers/issue-updated';
export { issueDeleted } from './entry/triggers/issue-deleted';
export { readinessScan } from './entry/scheduled/readiness-scan';
export { projectJobWorker } from './entry/consumers/project-job-worker';
export { decisionCommentWorker } from './entry/consumers/decision-comment-worker';
export { projectSnapshots } from './entry/scheduled/project-snapshot';
export { projectChanged } from './entry/triggers/project-changed';
