/**
 * CSV text → its header and records, with where every record sits in the file.
 *
 * The fields come from d3-dsv's `dsvFormat(delimiter).parseRows`. d3-dsv is forgiving where a
 * person needs to hear about it — an unclosed quote swallows the rest of the file, text after a
 * closing quote is cut off — and it gives no positions; so a scan of our own walks the same
 * records the same way (quoted fields may hold delimiters, doubled quotes and line breaks;
 * records end with LF, CRLF or a lone CR), notes the line each record starts on, and refuses
 * malformed quoting with a located message. The two must agree on the record count, which is
 * checked.
 *
 * What it accepts: a byte-order mark (dropped), `,` `;` or tab as the delimiter (sniffed from
 * the header unless given), CRLF or LF line ends, a final line break or none, blank lines
 * (skipped), a quote inside an unquoted field (kept as data, as d3-dsv and spreadsheets do),
 * and trailing empty fields beyond the header's width (exports often end lines with a delimiter).
 * What it refuses, with `file:line:column (name)`: an unclosed quote, text after a closing
 * quote, a header that is one column because the file uses another delimiter. A record with
 * fewer fields than the header, or more that are not empty, is left out and listed in `problems`.
 */
import { dsvFormat } from 'd3-dsv';
import { shortValue, type DatasetProblem } from '../schema/problems.js';
import { AdapterError, formatLocation, type SourceLocation } from './location.js';

export type CsvDelimiter = ',' | ';' | '\t';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export interface CsvOptions {
  /** The file's name or URL, used in every message (default `CSV`). */
  source?: string;
  /** The field separator; `auto` (default) takes the one the header line uses most. */
  delimiter?: CsvDelimiter | 'auto';
  /**
   * Called with the header before any record; may throw (a column it needs is missing).
   */
  onHeader?: (header: readonly string[]) => void;
  /**
   * Called with each kept record and its index instead of storing it (`records` stays empty):
   * for files of hundreds of thousands of lines that are folded as they are read.
   */
  onRecord?: (record: readonly string[], index: number) => void;
}

export interface CsvFile {
  readonly source: string;
  readonly delimiter: CsvDelimiter;
  /** The header's column names, trimmed. */
  readonly header: readonly string[];
  /** The line the header is on (1, unless blank lines come first). */
  readonly headerLine: number;
  /** The data records that have the header's shape, in file order, each exactly as wide as the header (empty with `onRecord`). */
  readonly records: readonly (readonly string[])[];
  /** Data records in the file, blank lines not counted: the kept ones plus the ones left out. */
  readonly given: number;
  /** One problem per record left out for its number of fields. */
  readonly problems: readonly DatasetProblem[];
  /** Where kept record `record` starts, or where its field `column` (0-based) starts. */
  locate(record: number, column?: number): SourceLocation;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The delimiter in words, for messages. */
export function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tabs' : `"${delimiter}"`;
}

/** Reads CSV text; throws AdapterError for a file that cannot be split into records. */
export function readCsv(text: string, options: CsvOptions = {}): CsvFile {
  const source = options.source ?? 'CSV';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = chooseDelimiter(body, source, options.delimiter ?? 'auto');
  const format = dsvFormat(delimiter);
  let scan: RecordScan;
  try {
    scan = scanRecords(body, delimiter.charCodeAt(0));
  } catch (error) {
    if (!(error instanceof QuoteError)) throw error;
    const first = leadingRecords(body, 1)[0];
    const headerLine = first?.line ?? 1;
    const name = error.line > headerLine && first ? format.parseRows(first.text)[0]?.[error.field]?.trim() : undefined;
    throw new AdapterError(error.reason, { source, line: error.line, column: error.field + 1, ...(name ? { name } : {}) });
  }
  const lineOf = (index: number) => scan.lines[index] as number;
  const { onHeader, onRecord } = options;
  let headerAt = -1;
  let header: string[] = [];
  const records: (readonly string[])[] = [];
  const kept: number[] = [];
  const problems: DatasetProblem[] = [];
  let given = 0;
  let seen = 0;
  format.parseRows(body, (row, r) => {
    seen = r + 1;
    if (isBlank(row)) return null;
    if (headerAt < 0) {
      headerAt = r;
      header = row.map((name) => name.trim());
      onHeader?.(header);
      return null;
    }
    given++;
    const width = significantWidth(row, header.length);
    if (width === header.length) {
      const record = row.length === header.length ? row : row.slice(0, header.length);
      kept.push(r);
      if (onRecord) onRecord(record, kept.length - 1);
      else records.push(record);
      return null;
    }
    const raw = body.slice(scan.starts[r] as number, r + 1 < scan.starts.length ? (scan.starts[r + 1] as number) : body.length);
    const other = width < header.length ? CSV_DELIMITERS.find((d) => d !== delimiter && raw.includes(d)) : undefined;
    const hint = other ? `; the line looks separated by ${delimiterName(other)}` : '';
    const fields = `${row.length} field${row.length === 1 ? '' : 's'}`;
    problems.push({ path: formatLocation({ source, line: lineOf(r) }), rule: 'column-length', message: `${fields} where the header has ${header.length}${hint}` });
    return null;
  });
  if (scan.starts.length !== seen) {
    // Both read the same grammar; a difference is a bug here, not in the file.
    throw new Error(`${source}: internal CSV error: ${seen} records read but ${scan.starts.length} scanned`);
  }
  const locate = (record: number, column?: number): SourceLocation => {
    const r = kept[record];
    if (r === undefined) throw new RangeError(`${source}: no record ${record}`);
    if (column === undefined) return { source, line: lineOf(r) };
    const line = fieldLine(body, scan.starts[r] as number, lineOf(r), column, delimiter.charCodeAt(0));
    const name = header[column];
    return { source, line, column: column + 1, ...(name ? { name } : {}) };
  };
  const headerLine = headerAt < 0 ? 1 : lineOf(headerAt);
  return { source, delimiter, header, headerLine, records, given, problems, locate };
}

function isBlank(row: readonly string[]): boolean {
  return row.length === 1 && row[0] === '';
}

/** The record's width, not counting empty fields beyond the header's width. */
function significantWidth(row: readonly string[], headerWidth: number): number {
  let width = row.length;
  while (width > headerWidth && row[width - 1] === '') width--;
  return width;
}

interface RecordScan {
  /** Offset in the text where each record (blank ones included) starts. */
  starts: number[];
  /** 1-based line on which each record starts. */
  lines: number[];
}

/** Malformed quoting, found by the scan; `readCsv` adds the file and column name. */
class QuoteError extends Error {
  constructor(
    readonly reason: string,
    readonly record: number,
    readonly field: number,
    readonly line: number,
  ) {
    super(reason);
  }
}

/** `text.indexOf(ch, from)`, or `end` when it is not found before `end`. */
function indexBefore(text: string, ch: string, from: number, end: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 || at >= end ? end : at;
}

/** Line breaks in `text[from, to)`: LF, CRLF and a lone CR each count once. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Where each record starts, walking the records exactly as d3-dsv's `parseRows` does: one final
 * line break is dropped first, and every line break outside quotes ends a record (so a blank
 * line is a record of one empty field). A line without quotes or lone CRs — nearly every line of
 * a real export — is passed in one step.
 */
function scanRecords(text: string, delimiter: number): RecordScan {
  const starts: number[] = [];
  const lines: number[] = [];
  if (text.length === 0) return { starts, lines };
  let end = text.length;
  if (text.charCodeAt(end - 1) === LF) end--;
  if (text.charCodeAt(end - 1) === CR) end--;
  let pos = 0;
  let line = 1;
  let nextLf = -1;
  let nextQuote = -1;
  let nextCr = -1;
  for (;;) {
    starts.push(pos);
    lines.push(line);
    if (nextLf < pos) nextLf = indexBefore(text, '\n', pos, end);
    if (nextQuote < pos) nextQuote = indexBefore(text, '"', pos, end);
    if (nextCr < pos) nextCr = indexBefore(text, '\r', pos, end);
    const crlf = nextLf < end && nextCr === nextLf - 1;
    if (nextQuote >= nextLf && (nextCr >= nextLf || crlf)) {
      if (nextLf >= end) return { starts, lines };
      pos = nextLf + 1;
      line++;
      continue;
    }
    const next = scanRecord(text, pos, end, delimiter, line, starts.length - 1);
    if (next === null) return { starts, lines };
    pos = next.pos;
    line = next.line;
  }
}

/** Walks one record from `pos`; returns where the next starts, or null when the text ends. */
function scanRecord(text: string, pos: number, end: number, delimiter: number, line: number, record: number): { pos: number; line: number } | null {
  let field = 0;
  let i = pos;
  for (;;) {
    const fieldLine = line;
    if (i < end && text.charCodeAt(i) === QUOTE) {
      const open = i;
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0 || close >= end) {
          throw new QuoteError('stray quote: this field opens with a quote that is never closed (inside a quoted field, write a quote as "")', record, field, fieldLine);
        }
        line += lineBreaks(text, from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      if (i >= end) return null;
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        field++;
        continue;
      }
      if (c === LF) return { pos: i + 1, line: line + 1 };
      if (c === CR) return { pos: text.charCodeAt(i + 1) === LF ? i + 2 : i + 1, line: line + 1 };
      throw new QuoteError(`stray quote: text follows the closing quote in ${fieldText(text, open, i, end, delimiter)} (inside quotes, write a quote as "")`, record, field, fieldLine);
    }
    for (;;) {
      if (i >= end) return null;
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        field++;
        break;
      }
      if (c === LF) return { pos: i + 1, line: line + 1 };
      if (c === CR) return { pos: text.charCodeAt(i + 1) === LF ? i + 2 : i + 1, line: line + 1 };
      i++;
    }
  }
}

/** A malformed quoted field as written, from its opening quote to the next delimiter or line break, for messages. */
function fieldText(text: string, open: number, afterClose: number, end: number, delimiter: number): string {
  let to = afterClose;
  while (to < end && to - open < 40) {
    const c = text.charCodeAt(to);
    if (c === delimiter || c === LF || c === CR) break;
    to++;
  }
  return text.slice(open, to) + (to - open >= 40 ? '…' : '');
}

/** The line on which field `column` of the (well-formed) record at `pos` starts. */
function fieldLine(text: string, pos: number, line: number, column: number, delimiter: number): number {
  let i = pos;
  for (let field = 0; field < column && i < text.length; field++) {
    if (text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return line;
        line += lineBreaks(text, from, close);
        if (text.charCodeAt(close + 1) === QUOTE) from = close + 2;
        else {
          i = close + 2; // past the quote and the delimiter after it
          break;
        }
      }
    } else {
      while (i < text.length && text.charCodeAt(i) !== delimiter) i++;
      i++;
    }
  }
  return line;
}

/**
 * The first `count` non-blank records as raw text with the line each starts on, split at line
 * breaks outside quotes (quotes toggle; good enough to sniff, the full scan validates later).
 */
function leadingRecords(text: string, count: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let quoted = false;
  for (let i = 0; i <= text.length && out.length < count; i++) {
    const c = i < text.length ? text.charCodeAt(i) : LF;
    if (c === QUOTE) quoted = !quoted;
    else if ((c === LF || c === CR) && !(quoted && i < text.length)) {
      const record = text.slice(start, i);
      if (record.trim() !== '') out.push({ text: record, line: startLine });
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      line++;
      start = i + 1;
      startLine = line;
    } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return out;
}

/** How often each candidate delimiter occurs outside quotes. */
function delimiterCounts(record: string): Record<CsvDelimiter, number> {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of record) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  return counts;
}

/**
 * The delimiter to read with: the given one, or the one the header uses most (`,` first on a
 * tie, and for a header of one column). A header that is one column under the chosen delimiter
 * while it, or every line sampled after it, holds another delimiter means the file is not what
 * it is read as: that is an error, not a one-column table.
 */
function chooseDelimiter(text: string, source: string, wanted: CsvDelimiter | 'auto'): CsvDelimiter {
  if (wanted !== 'auto' && !CSV_DELIMITERS.includes(wanted)) {
    throw new RangeError(`unknown CSV delimiter: ${JSON.stringify(wanted)} (expected ",", ";", "\\t" or "auto")`);
  }
  const sample = leadingRecords(text, 6);
  const first = sample[0];
  if (!first) return wanted === 'auto' ? ',' : wanted;
  const header = delimiterCounts(first.text);
  const chosen = wanted !== 'auto' ? wanted : CSV_DELIMITERS.reduce((best, d) => (header[d] > header[best] ? d : best), ',' as CsvDelimiter);
  if (header[chosen] > 0) return chosen;
  const at = { source, line: first.line };
  const inHeader = CSV_DELIMITERS.find((d) => header[d] > 0);
  if (inHeader) {
    throw new AdapterError(`the header is one column when split at ${delimiterName(chosen)}, but it is separated by ${delimiterName(inHeader)} (${shortValue(first.text)}): read the file with delimiter ${JSON.stringify(inHeader)} or "auto"`, at);
  }
  const rows = sample.slice(1).map((record) => delimiterCounts(record.text));
  const inRows = rows.length > 0 ? CSV_DELIMITERS.find((d) => rows.every((counts) => counts[d] > 0)) : undefined;
  if (inRows) {
    throw new AdapterError(`the first line, ${shortValue(first.text)}, is one column, but the lines after it are separated by ${delimiterName(inRows)}: a CSV file must start with its header line, separated like the rest`, at);
  }
  return chosen;
}
