/**
 * GitHub-flavoured markdown: tables whose cells cannot break the table (pipes escaped, line
 * breaks folded), inline code, links and bulleted lists.
 */

export interface MarkdownColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** Text made safe for one table cell: `|` escaped, line breaks and runs of blanks folded to one space. */
export function escapeCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/**
 * A table: a header row, the alignment row and one row per entry, each with exactly as many
 * cells as there are columns (missing cells are empty, extra cells are an error). Cells are
 * escaped here, so pass plain text or inline markdown, never pre-escaped text.
 */
export function markdownTable(
  columns: readonly MarkdownColumn[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => escapeCell(c) || ' ').join(' | ')} |`;
  const rule = columns.map((c) => (c.align === 'right' ? '---:' : '---'));
  const out = [line(columns.map((c) => c.header)), `| ${rule.join(' | ')} |`];
  for (const row of rows) {
    if (row.length > columns.length) {
      throw new Error(`markdown table row has ${row.length} cells for ${columns.length} columns`);
    }
    out.push(line(columns.map((_, i) => row[i] ?? '')));
  }
  return `${out.join('\n')}\n`;
}

/** Inline code: wrapped in enough backticks that none inside can close it. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link, or the plain text when there is no address. Brackets in the text and spaces or parentheses in the address are escaped. */
export function link(text: string, url: string | null | undefined): string {
  const label = text.replace(/([[\]])/g, '\\$1');
  if (url === null || url === undefined || url === '') return label;
  const target = url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${label}](${target})`;
}

/** A bulleted list, one item per line (line breaks inside an item folded to spaces). */
export function bulletList(items: readonly string[]): string {
  return `${items.map((item) => `- ${item.replace(/\s*\n\s*/g, ' ')}`).join('\n')}\n`;
}
