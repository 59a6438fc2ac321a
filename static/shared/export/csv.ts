/** Rows as CSV (RFC 4180), safe to open in a spreadsheet. Pure: the download itself is in download.ts. */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a cell, and defuses text a spreadsheet would run as a formula (CSV injection). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and one line per row, each line ended with CRLF as RFC 4180 asks. */
export function csvText(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}
