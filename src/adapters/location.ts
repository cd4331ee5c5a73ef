/**
 * Where something is in a source file, and the error thrown when a file cannot be read at all.
 * Locations read like a compiler's: `deals.csv:17:5 (Close Date)` — the file, the line (1-based,
 * the header is line 1), the column as a spreadsheet counts it (the field's position, 1-based)
 * and the column's name from the header.
 */

export interface SourceLocation {
  /** The file name or URL, as the caller named it. */
  readonly source: string;
  /** 1-based line of the file where the record or field starts. */
  readonly line: number;
  /** 1-based position of the field in its record. */
  readonly column?: number;
  /** The column's name in the header, when the field is under one. */
  readonly name?: string;
}

/** `deals.csv:17:5 (Close Date)`, `deals.csv:17:5`, or `deals.csv:17`. */
export function formatLocation(at: SourceLocation): string {
  const column = at.column === undefined ? '' : `:${at.column}`;
  const name = at.name === undefined || at.name === '' ? '' : ` (${at.name})`;
  return `${at.source}:${at.line}${column}${name}`;
}

/**
 * A file that cannot be turned into rows at all: its quotes do not balance, its delimiter is not
 * the one its header uses, a column a field map needs is missing. The message starts with where.
 */
export class AdapterError extends Error {
  override name = 'AdapterError';
  constructor(
    /** What is wrong, without the location. */
    readonly reason: string,
    readonly location?: SourceLocation,
  ) {
    super(location ? `${formatLocation(location)}: ${reason}` : reason);
  }
}
