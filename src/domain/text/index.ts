// Text rules the features share: limits in characters and UTF-8 bytes, blank text, issue keys, CSV and Markdown cells.
export { boundedText, isBlank, utf8Bytes, visibleCharacterCount, type TextError, type TextLimit } from './bounded-text';
export { compareKeys, ISSUE_KEY_PATTERN, normalIssueKey } from './issue-key';
export { csvCell, csvRow, csvTable, type CsvValue } from './csv';
export { markdownCell } from './markdown-cell';
