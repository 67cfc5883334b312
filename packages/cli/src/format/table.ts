/**
 * Plain-text tables for terminals: columns padded to their widest cell, numbers aligned right,
 * a rule under the header, section headings between groups of rows, and a long first column
 * wrapped onto continuation lines so tables fit in 100 columns.
 */

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** Wrap cells wider than this onto further lines (left-aligned columns only). */
  readonly maxWidth?: number;
}

/** A row of cells, or a heading printed across the table above the rows that follow. */
export type TableRow = readonly string[] | { readonly heading: string };

const GAP = '  ';

/**
 * Render `rows` under `columns`; every line is trimmed at the right, and the text ends with a
 * newline. With `lineWidth`, wrapping columns are narrowed (to no less than 16 characters) so
 * lines fit in that many characters.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly TableRow[],
  options: { readonly lineWidth?: number } = {},
): string {
  const cellRows = rows.filter((r): r is readonly string[] => Array.isArray(r));
  const natural = (col: Column, c: number) => {
    let width = col.header.length;
    for (const row of cellRows) width = Math.max(width, (row[c] ?? '').length);
    return width;
  };
  let wrapColumns = columns;
  if (options.lineWidth !== undefined) {
    const fixed = columns.reduce(
      (sum, col, c) => sum + (col.maxWidth === undefined ? natural(col, c) : 0),
      0,
    );
    const wrapping = columns.filter((col) => col.maxWidth !== undefined).length;
    if (wrapping > 0) {
      const room = Math.floor((options.lineWidth - fixed - GAP.length * (columns.length - 1)) / wrapping);
      wrapColumns = columns.map((col) =>
        col.maxWidth === undefined ? col : { ...col, maxWidth: Math.max(16, Math.min(col.maxWidth, room)) },
      );
    }
  }
  return renderWithWidths(wrapColumns, rows, cellRows);
}

function renderWithWidths(
  columns: readonly Column[],
  rows: readonly TableRow[],
  cellRows: readonly (readonly string[])[],
): string {
  const widths = columns.map((col, c) => {
    let width = col.header.length;
    for (const row of cellRows) {
      const cell = row[c] ?? '';
      const lines = col.maxWidth === undefined ? [cell] : wrap(cell, col.maxWidth);
      for (const line of lines) width = Math.max(width, line.length);
    }
    return width;
  });
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (columns[c]?.align === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join(GAP)
      .trimEnd();

  const out: string[] = [line(columns.map((c) => c.header))];
  out.push(widths.map((w) => '-'.repeat(w)).join(GAP));
  for (const row of rows) {
    if (!Array.isArray(row)) {
      const heading = (row as { readonly heading: string }).heading;
      if (out.length > 2) out.push('');
      out.push(heading);
      continue;
    }
    const cells = row as readonly string[];
    const wrapped = columns.map((col, c) => {
      const cell = cells[c] ?? '';
      return col.maxWidth === undefined ? [cell] : wrap(cell, col.maxWidth);
    });
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) {
      // Continuation lines carry only the wrapped text; the other cells sit on the first line.
      out.push(
        line(wrapped.map((w, c) => (columns[c]?.maxWidth !== undefined || i === 0 ? (w[i] ?? '') : ''))),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** Split `text` into lines of at most `width` characters at spaces (long words are cut). */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    let w = word;
    while (w.length > width) {
      if (current !== '') {
        lines.push(current);
        current = '';
      }
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (current === '') current = w;
    else if (current.length + 1 + w.length <= width) current += ` ${w}`;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
