/**
 * A small RFC 4180 CSV reader for the real data sets: comma-separated, fields optionally in
 * double quotes (`""` inside them is one quote; commas and line breaks inside them are data),
 * records ended by CRLF, LF or CR, a final line break optional, a leading BOM ignored, blank
 * lines skipped. It reads into columns (one string array per header field) because the sets
 * are read column by column and 541,909 lines of per-row objects would be the slow part.
 * Anything malformed throws with its line: a quote inside an unquoted field, text after a
 * closing quote, an unterminated quote, a record with the wrong number of fields.
 */

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export interface CsvTable {
  readonly header: readonly string[];
  /** Records after the header. */
  readonly length: number;
  /** The values of a header field, one per record; throws for a field the header lacks. */
  column(name: string): string[];
}

/**
 * Calls `record(fields, line)` for every non-blank record; `fields` may be reused between calls.
 * A line without quotes or carriage returns (nearly every line of the real sets) is split
 * natively, which is several times faster than walking it character by character; any other
 * record goes through the full reader.
 */
export function readCsvRecords(text: string, record: (fields: string[], line: number) => void): void {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Next LF, quote and CR at or after `pos`, each found once and reused until passed, so that
  // no search runs over the same text twice. `>>> 0` turns -1 (none) into 2^32 - 1.
  let nextLf = -1;
  let nextQuote = -1;
  let nextCr = -1;
  const fields: string[] = [];
  while (pos < n) {
    if (nextLf < pos) nextLf = text.indexOf('\n', pos) >>> 0;
    if (nextQuote < pos) nextQuote = text.indexOf('"', pos) >>> 0;
    if (nextCr < pos) nextCr = text.indexOf('\r', pos) >>> 0;
    const eol = Math.min(nextLf, n);
    const end = nextCr === eol - 1 ? eol - 1 : eol; // CRLF
    if (nextQuote >= end && nextCr >= end) {
      if (end > pos) record(text.slice(pos, end).split(','), line);
      pos = eol + 1;
      line++;
      continue;
    }
    const read = readRecord(text, pos, line, fields);
    if (!(fields.length === 1 && fields[0] === '')) record(fields, line);
    fields.length = 0;
    pos = read.pos;
    line = read.line;
  }
}

/** Reads one record from `pos` into `fields`, character by character; returns where the next starts. */
function readRecord(text: string, pos: number, line: number, fields: string[]): { pos: number; line: number } {
  const n = text.length;
  let i = pos;
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let start = i + 1;
      let escaped = '';
      for (;;) {
        const close = text.indexOf('"', start);
        if (close < 0) throw new SyntaxError(`CSV line ${line}: unterminated quoted field`);
        for (let k = start; k < close; k++) if (text.charCodeAt(k) === LF || (text.charCodeAt(k) === CR && text.charCodeAt(k + 1) !== LF)) line++;
        if (text.charCodeAt(close + 1) === QUOTE) {
          escaped += text.slice(start, close + 1);
          start = close + 2;
          continue;
        }
        value = escaped + text.slice(start, close);
        i = close + 1;
        break;
      }
      const next = i < n ? text.charCodeAt(i) : -1;
      if (next !== -1 && next !== COMMA && next !== LF && next !== CR) throw new SyntaxError(`CSV line ${line}: text after a closing quote`);
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) throw new SyntaxError(`CSV line ${line}: a quote inside an unquoted field`);
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    if (i >= n) return { pos: n, line };
    const c = text.charCodeAt(i++);
    if (c === COMMA) {
      if (i >= n) {
        fields.push(''); // a trailing comma ends the text with one more, empty field
        return { pos: n, line };
      }
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    return { pos: i, line: line + 1 };
  }
}

/**
 * Reads CSV text whose first record is the header. `keep` names the columns to hold (default:
 * all); the others are checked for shape but not stored, which spares memory and time on the
 * large sets.
 */
export function parseCsv(text: string, keep?: readonly string[]): CsvTable {
  let header: string[] | null = null;
  let width = 0;
  let kept: number[] = [];
  let columns: string[][] = [];
  let length = 0;
  readCsvRecords(text, (fields, line) => {
    if (header === null) {
      header = fields.slice();
      width = header.length;
      for (const name of keep ?? header) if (!header.includes(name)) throw new RangeError(`CSV has no column ${JSON.stringify(name)} (it has ${header.join(', ')})`);
      kept = header.flatMap((name, at) => (keep === undefined || keep.includes(name) ? [at] : []));
      columns = header.map(() => []);
      return;
    }
    if (fields.length !== width) throw new SyntaxError(`CSV line ${line}: ${fields.length} fields where the header has ${width}`);
    for (const f of kept) (columns[f] as string[]).push(fields[f] as string);
    length++;
  });
  const names: readonly string[] = header ?? [];
  return {
    header: names,
    length,
    column(name) {
      const at = names.indexOf(name);
      if (at < 0 || !kept.includes(at)) throw new RangeError(`CSV has no column ${JSON.stringify(name)}${at < 0 ? '' : ' kept'} (it has ${kept.map((k) => names[k]).join(', ')})`);
      return columns[at] as string[];
    },
  };
}
