/**
 * The numbers an element shows, as one table: the source of its table view, its CSV export and
 * its screen-reader access to every number. Raw values go to CSV; the formatted text to screens.
 */
export type Cell = string | number | null;

export interface TableColumn {
  label: string;
  /** Right-align numbers in the table view. */
  numeric?: boolean;
}

export interface TableData {
  caption: string;
  columns: readonly TableColumn[];
  /** Raw values (a ratio as 0.632, money as a number), for CSV. */
  rows: readonly (readonly Cell[])[];
  /** The same cells formatted for people (63.2%, $1,234), for the table view. */
  text: readonly (readonly string[])[];
}

/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` at the
 * start of text) is prefixed with `'`: exported data must not become code in the reader's
 * spreadsheet (CSV injection). Numbers stay numbers.
 */
export function toCsv(table: Pick<TableData, 'columns' | 'rows'>): string {
  const cell = (value: Cell): string => {
    if (value === null) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.columns.map((c) => cell(c.label)).join(','), ...table.rows.map((row) => row.map(cell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
