/**
 * Text for a Markdown table cell: a pipe would end the cell and a line break the row, so pipes are escaped
 * and line breaks become <br>; a backslash is escaped first so that "\|" in the text stays visible.
 */
export function markdownCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\\/gu, '\\\\')
    .replace(/\|/gu, '\\|')
    .replace(/\r\n?|\n/gu, '<br>')
    .trim();
}
