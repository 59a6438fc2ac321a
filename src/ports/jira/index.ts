// Jira as the use cases see it: data shapes, the port and its errors.
export type * from './types';
export type { JiraPort } from './port';
export * from './errors';
export * from './custom-fields';
