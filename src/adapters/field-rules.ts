/**
 * The rules of a field map, checked once (`compileFields`) and then bound to a file's header
 * (`bind`) into one reader per field, so that reading a row is a few array look-ups and the
 * conversions its fields need.
 */
import type { DatasetProblem, ProblemRule } from '../schema/problems.js';
import { shortValue } from '../schema/problems.js';
import { parseInstant } from '../time/instant.js';
import { zoneOffsets } from '../time/zone.js';
import { fieldsOf, type FieldSpec } from './canonical-fields.js';
import type { CsvFile } from './csv.js';
import { DATE_FORMATS, readDate, type DateFormat } from './date-formats.js';
import { AdapterError, formatLocation } from './location.js';
import { NUMBER_EXAMPLES, NUMBER_FORMATS, readNumber, type NumberFormat } from './number-formats.js';

export type Scalar = string | number | boolean;

/** Read a field from a column. */
export interface ColumnRule {
  /** The column's name in the header; with several names, the first one the file has. */
  readonly column: string | readonly string[];
  /** For a date field: how the column writes dates (default `ISO`). */
  readonly date?: DateFormat;
  /** For a number field: how the column writes numbers (default `plain`). */
  readonly number?: NumberFormat;
  /** Text → value, e.g. `{ 'Closed Won': 'won' }`; `null` means absent. Matched after trimming, case and all. */
  readonly values?: Readonly<Record<string, Scalar | null>>;
  /** With `values`: the value of any text not listed (`null`: absent). Without it, unlisted text is a problem. */
  readonly otherwise?: Scalar | null;
  /** With `values`: text not listed is read as the field's own kind instead of being a problem. */
  readonly keepUnmapped?: boolean;
  /** With `values`: match the text without regard to case (`won`, `Won`, `WON`). */
  readonly ignoreCase?: boolean;
  /**
   * Read the field only in rows whose column `column` holds one of `values` (trimmed, exact);
   * elsewhere it is absent. E.g. a close date that is only an expected date while a deal is open.
   */
  readonly onlyWhen?: { readonly column: string | readonly string[]; readonly values: readonly string[] };
  /** The value of an empty cell (else the field is absent). */
  readonly default?: Scalar;
  /** The file may lack the column: the field is then absent (or `default`), not an error. */
  readonly optional?: boolean;
}

/** The same value in every row. */
export interface ConstantRule {
  readonly constant: Scalar;
}

/** A deal's stage history from one date column per stage (e.g. HubSpot's "Date entered …"). */
export interface HistoryRule {
  readonly history: readonly { readonly stage: string; readonly column: string | readonly string[] }[];
  /** How the columns write dates (default `ISO`). */
  readonly date?: DateFormat;
  /** The file may lack some of the columns: their stages are then left out of the history. */
  readonly optional?: boolean;
}

export type SingleRule = string | ColumnRule | ConstantRule;
/** A rule, or a list tried in order until one gives a value (`[{ column: 'Won time' }, { column: 'Lost time' }]`). */
export type FieldRule = SingleRule | HistoryRule | readonly SingleRule[];

/** Reads one field of record `index`; undefined for absent, with any problem pushed. */
export type FieldReader = (record: readonly string[], index: number, problems: DatasetProblem[]) => unknown;

export interface CompiledField {
  readonly name: string;
  /** The reader for a file; throws AdapterError when a column it needs is missing. */
  bind(file: CsvFile): FieldReader;
}

interface MapLike {
  readonly table: string;
  readonly fields: Readonly<Record<string, FieldRule>>;
  readonly timeZone?: string;
}

const isConstant = (rule: SingleRule): rule is ConstantRule => typeof rule === 'object' && 'constant' in rule;
const isHistory = (rule: FieldRule): rule is HistoryRule => typeof rule === 'object' && !Array.isArray(rule) && 'history' in rule;
const columnsOf = (column: string | readonly string[]): readonly string[] => (typeof column === 'string' ? [column] : column);

/** Checks a field map and prepares its readers; throws RangeError for a map that cannot work. */
export function compileFields(map: MapLike): CompiledField[] {
  const { table } = map;
  const specs = fieldsOf(table);
  if (map.timeZone !== undefined) zoneOffsets(map.timeZone); // throws `unknown time zone: …`
  const where = (name: string) => `field map for ${table}.${name}`;
  const compiled: CompiledField[] = [];
  for (const [name, rule] of Object.entries(map.fields)) {
    const spec = specs[name];
    if (!spec) throw new RangeError(`${where(name)}: ${table} has no field "${name}" (its fields: ${Object.keys(specs).join(', ')})`);
    if (spec.kind === 'history' || isHistory(rule)) {
      if (spec.kind !== 'history' || !isHistory(rule)) throw new RangeError(`${where(name)}: only deals.history takes a { history: [...] } rule`);
      compiled.push(historyField(name, rule, map.timeZone, where(name)));
      continue;
    }
    const chain = (Array.isArray(rule) ? rule : [rule]) as readonly SingleRule[];
    if (chain.length === 0) throw new RangeError(`${where(name)}: an empty list of rules`);
    for (const single of chain) checkRule(single, spec, where(name));
    compiled.push(chainField(table, name, spec, chain, map.timeZone));
  }
  const missing = Object.entries(specs).filter(([name, spec]) => spec.required && !(name in map.fields)).map(([name]) => name);
  if (missing.length > 0) throw new RangeError(`field map for ${table}: no rule for the required field${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  return compiled;
}

function checkRule(rule: SingleRule, spec: FieldSpec, where: string): void {
  if (typeof rule === 'string') {
    if (rule === '') throw new RangeError(`${where}: an empty column name`);
    return;
  }
  if (typeof rule !== 'object' || rule === null) throw new RangeError(`${where}: a rule is a column name, { column }, { constant } or a list of them`);
  if (isConstant(rule)) return checkValue(rule.constant, spec, `${where}: the constant`);
  if (!('column' in rule) || columnsOf(rule.column).length === 0 || columnsOf(rule.column).some((c) => typeof c !== 'string' || c === '')) {
    throw new RangeError(`${where}: a rule needs a column name, { column }, { constant } or { history }`);
  }
  if (rule.date !== undefined) {
    if (spec.kind !== 'instant') throw new RangeError(`${where}: \`date\` is for date fields`);
    if (!DATE_FORMATS.includes(rule.date)) throw new RangeError(`${where}: unknown date format ${JSON.stringify(rule.date)} (expected ${DATE_FORMATS.join(', ')})`);
  }
  if (rule.number !== undefined) {
    if (!['money', 'number', 'count', 'int'].includes(spec.kind)) throw new RangeError(`${where}: \`number\` is for number fields`);
    if (!NUMBER_FORMATS.includes(rule.number)) throw new RangeError(`${where}: unknown number format ${JSON.stringify(rule.number)} (expected ${NUMBER_FORMATS.join(', ')})`);
  }
  for (const [text, value] of Object.entries(rule.values ?? {})) if (value !== null) checkValue(value, spec, `${where}: the value of ${JSON.stringify(text)}`);
  if (rule.otherwise !== undefined && rule.otherwise !== null) checkValue(rule.otherwise, spec, `${where}: \`otherwise\``);
  if (rule.default !== undefined) checkValue(rule.default, spec, `${where}: \`default\``);
  if (rule.onlyWhen !== undefined) {
    const { column, values } = rule.onlyWhen;
    if (columnsOf(column).length === 0 || !Array.isArray(values)) throw new RangeError(`${where}: \`onlyWhen\` needs a column and a list of values`);
  }
}

/** A value a map writes itself (constant, mapped value, default) must already be of the field's kind. */
function checkValue(value: Scalar, spec: FieldSpec, where: string): void {
  const ok = (() => {
    switch (spec.kind) {
      case 'money':
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'count':
        return Number.isInteger(value) && (value as number) >= 0;
      case 'int':
        return Number.isInteger(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'instant':
        return parseInstant(value) !== undefined;
      case 'enum':
        return typeof value === 'string' && (spec.values ?? []).includes(value);
      default:
        return typeof value === 'string' && value !== '';
    }
  })();
  if (!ok) {
    const expected = spec.kind === 'enum' ? `one of ${(spec.values ?? []).join(', ')}` : spec.kind === 'instant' ? 'an ISO 8601 date or epoch milliseconds' : `a ${spec.kind === 'id' || spec.kind === 'text' ? 'non-empty string' : spec.kind}`;
    throw new RangeError(`${where} is ${shortValue(value)}, but the field takes ${expected}`);
  }
}

/** The header index of the first of `names` the file has; -1 when none; throws when one is there twice. */
function columnIndex(file: CsvFile, names: readonly string[]): number {
  for (const name of names) {
    const at = file.header.indexOf(name);
    if (at < 0) continue;
    const again = file.header.indexOf(name, at + 1);
    if (again >= 0) throw new AdapterError(`the column "${name}" appears twice in the header (columns ${at + 1} and ${again + 1}), so it is not clear which to read`, { source: file.source, line: file.headerLine });
    return at;
  }
  return -1;
}

function missingColumn(file: CsvFile, names: readonly string[], field: string): AdapterError {
  const wanted = names.map((n) => JSON.stringify(n)).join(' or ');
  const shown = file.header.slice(0, 15).join(', ') + (file.header.length > 15 ? ', …' : '');
  return new AdapterError(`no column ${wanted} for ${field}; the header has: ${shown}`, { source: file.source, line: file.headerLine });
}

const problem = (file: CsvFile, index: number, column: number, rule: ProblemRule, message: string): DatasetProblem => ({
  path: formatLocation(file.locate(index, column)),
  rule,
  message,
});

function chainField(table: string, name: string, spec: FieldSpec, chain: readonly SingleRule[], timeZone: string | undefined): CompiledField {
  return {
    name,
    bind(file) {
      const readers = chain.map((rule) => bindRule(file, rule, spec, `${table}.${name}`, timeZone));
      const firstColumn = readers.find((r) => r.column >= 0)?.column ?? -1;
      return (record, index, problems) => {
        const before = problems.length;
        for (const { read } of readers) {
          const value = read(record, index, problems);
          if (problems.length > before) return undefined;
          if (value !== undefined) return value;
        }
        if (spec.required && firstColumn >= 0) problems.push(problem(file, index, firstColumn, 'required', `empty, but ${table}.${name} is required`));
        return undefined;
      };
    },
  };
}

function bindRule(file: CsvFile, rule: SingleRule, spec: FieldSpec, field: string, timeZone: string | undefined): { column: number; read: FieldReader } {
  if (isConstant(rule)) {
    const value = rule.constant;
    return { column: -1, read: () => value };
  }
  const columnRule: ColumnRule = typeof rule === 'string' ? { column: rule } : rule;
  const names = columnsOf(columnRule.column);
  const column = columnIndex(file, names);
  if (column < 0) {
    if (!columnRule.optional) throw missingColumn(file, names, field);
    const fallback = columnRule.default;
    return { column: -1, read: () => fallback };
  }
  const convert = converter(file, column, spec, columnRule, timeZone);
  const { values, otherwise, keepUnmapped, ignoreCase, onlyWhen } = columnRule;
  const listed = values ? Object.keys(values) : [];
  const lookup = new Map<string, Scalar | null>(Object.entries(values ?? {}).map(([text, value]) => [ignoreCase ? text.toLowerCase() : text, value]));
  const condition = onlyWhen ? conditionColumn(file, onlyWhen, columnRule.optional === true, field) : undefined;
  const read: FieldReader = (record, index, problems) => {
    if (condition && (condition.column < 0 || !condition.values.has((record[condition.column] as string).trim()))) return undefined;
    const text = (record[column] as string).trim();
    if (text === '') return columnRule.default;
    if (values) {
      const key = ignoreCase ? text.toLowerCase() : text;
      if (lookup.has(key)) return lookup.get(key) ?? undefined;
      if (otherwise !== undefined) return otherwise ?? undefined;
      if (!keepUnmapped) {
        const shown = listed.slice(0, 8).map((v) => JSON.stringify(v)).join(', ') + (listed.length > 8 ? ', …' : '');
        problems.push(problem(file, index, column, 'enum', `${shortValue(text)} is not one of the mapped values (${shown})`));
        return undefined;
      }
    }
    return convert(text, index, problems);
  };
  return { column, read };
}

/** The column an `onlyWhen` condition reads, and the values that let the field be read. */
function conditionColumn(file: CsvFile, onlyWhen: NonNullable<ColumnRule['onlyWhen']>, optional: boolean, field: string): { column: number; values: ReadonlySet<string> } {
  const names = columnsOf(onlyWhen.column);
  const column = columnIndex(file, names);
  if (column < 0) {
    if (optional) return { column: -1, values: new Set() };
    throw missingColumn(file, names, `the condition of ${field}`);
  }
  return { column, values: new Set(onlyWhen.values) };
}

/** Text → the field's kind, or a located problem. */
function converter(file: CsvFile, column: number, spec: FieldSpec, rule: ColumnRule, timeZone: string | undefined): (text: string, index: number, problems: DatasetProblem[]) => unknown {
  const fail = (index: number, problems: DatasetProblem[], rule: ProblemRule, message: string) => {
    problems.push(problem(file, index, column, rule, message));
    return undefined;
  };
  switch (spec.kind) {
    case 'instant': {
      const format = rule.date ?? 'ISO';
      return (text, index, problems) => readDate(text, format, timeZone) ?? fail(index, problems, 'date', `${shortValue(text)} is not a date in ${format}`);
    }
    case 'money':
    case 'number':
    case 'count':
    case 'int': {
      const format: NumberFormat = rule.number ?? 'plain';
      const like = `${format === 'plain' ? '' : ` in ${format} format`} (like ${NUMBER_EXAMPLES[format]})`;
      return (text, index, problems) => {
        const value = readNumber(text, format);
        if (value === undefined) return fail(index, problems, 'type', `${shortValue(text)} is not a number${like}`);
        if ((spec.kind === 'count' || spec.kind === 'int') && !Number.isInteger(value)) return fail(index, problems, 'type', `${shortValue(text)} is not a whole number`);
        if (spec.kind === 'count' && value < 0) return fail(index, problems, 'range', `${shortValue(text)} is negative, but counts are 0 or more`);
        return value;
      };
    }
    case 'boolean':
      return (text, index, problems) => {
        if (/^(?:true|yes|1)$/i.test(text)) return true;
        if (/^(?:false|no|0)$/i.test(text)) return false;
        return fail(index, problems, 'type', `${shortValue(text)} is not true or false (write true/false, yes/no or 1/0)`);
      };
    case 'enum': {
      const allowed = spec.values ?? [];
      return (text, index, problems) => (allowed.includes(text) ? text : fail(index, problems, 'enum', `${shortValue(text)} is not one of ${allowed.join(', ')} (map it with \`values\`)`));
    }
    default:
      return (text) => text;
  }
}

function historyField(name: string, rule: HistoryRule, timeZone: string | undefined, where: string): CompiledField {
  const format = rule.date ?? 'ISO';
  if (!DATE_FORMATS.includes(format)) throw new RangeError(`${where}: unknown date format ${JSON.stringify(format)} (expected ${DATE_FORMATS.join(', ')})`);
  if (rule.history.length === 0 || rule.history.some((entry) => typeof entry.stage !== 'string' || entry.stage === '')) throw new RangeError(`${where}: every history entry needs a stage name and a column`);
  return {
    name,
    bind(file) {
      const entries = rule.history.flatMap(({ stage, column }) => {
        const names = columnsOf(column);
        const at = columnIndex(file, names);
        if (at < 0 && !rule.optional) throw missingColumn(file, names, `deals.history (${stage})`);
        return at < 0 ? [] : [{ stage, column: at }];
      });
      return (record, index, problems) => {
        const history: { stage: string; at: string | number }[] = [];
        for (const entry of entries) {
          const text = (record[entry.column] as string).trim();
          if (text === '') continue;
          const at = readDate(text, format, timeZone);
          if (at === undefined) problems.push(problem(file, index, entry.column, 'date', `${shortValue(text)} is not a date in ${format}`));
          else history.push({ stage: entry.stage, at });
        }
        if (history.length === 0) return undefined;
        // Stage histories are in time order in the dataset; a stable sort keeps the map's order on ties.
        return history.sort((a, b) => (parseInstant(a.at) as number) - (parseInstant(b.at) as number));
      };
    },
  };
}
