import type { Clock } from '../../ports/clock';
import type { CommentQueue } from '../../ports/comment-queue';
import type { JiraPort } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';

/** What the panel's use cases need. Reads the user triggers go through `userJira` so Jira's permissions apply. */
export interface PanelDeps {
  userJira: JiraPort;
  /** Only for the app's own bookkeeping: the issue-property mirrors. */
  appJira: JiraPort;
  store: RecordStore;
  clock: Clock;
  newId(): string;
  signOffPermission: string;
  /** Where a decision comment Jira refused waits for its retry. */
  comments: CommentQueue;
}

/** The issue and project as the Forge context gave them (never from the payload). */
export interface PanelTarget {
  accountId: string;
  issue: { id: string; key: string };
  project: { id: string; key: string };
}
