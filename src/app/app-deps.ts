import type { Clock } from '../ports/clock';
import type { JiraPort } from '../ports/jira';
import type { RecordStore } from '../ports/store';

/** What functions that run without a user (triggers, validators) need: Jira as the app itself. */
export interface AppDeps {
  jira: JiraPort;
  store: RecordStore;
  clock: Clock;
}
