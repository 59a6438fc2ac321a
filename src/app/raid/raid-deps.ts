import type { Clock } from '../../ports/clock';
import type { JiraPort } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';

/** What the project page's use cases need: Jira as the user (permissions apply), the store, the clock. */
export interface ProjectPageDeps {
  userJira: JiraPort;
  store: RecordStore;
  clock: Clock;
}

/** The project as the Forge context named it, and who is acting. */
export interface ProjectTarget {
  accountId: string;
  project: { id: string; key: string };
}
