/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, rows end with CRLF.
 * A cell starting with =, +, -, @, tab or carriage return is prefixed with ' so that a spreadsheet shows it
 * as text instead of running it as a formula (CSV injection); one with spaces at either end is quoted, so they
 * survive. The one CSV writer of the app, the command line and the pages.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/u;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) || text !== text.trim() ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A header row and data rows, each line ending with CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('');
}
