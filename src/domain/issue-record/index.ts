// An issue's record: criteria and sign-off together, and the rule that binds an approval to the content.
export { criteriaTexts, emptyIssueRecord, issueRecordSchema, withCurrentContent, type CurrentRecord, type IssueRecord, type PendingComment } from './issue-record';
