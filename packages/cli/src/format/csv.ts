/**
 * CSV output (RFC 4180): a header row, then one row per record; fields with a comma, quote or
 * line break are quoted. Numbers are printed as JavaScript prints them (full precision);
 * non-finite numbers and missing values are empty fields.
 */

export type CsvCell = string | number | boolean | undefined;

/** One CSV field. */
export function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document with a final newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}
