/**
 * Broken datasets for fuzzing, as fast-check arbitraries: a small realistic dataset from the
 * generator with one to three faults put into distinct rows. Each fault says where it is
 * (`path`, e.g. `deals[3].amount`, as the kit's problems name it) and whether the kit must refuse
 * it (`must`: the element's warning or error must name the path) or may accept it (extreme but
 * valid input, which must only not break anything; a rule across fields may still refuse it).
 */
import fc from 'fast-check';
import { generateDataset } from '../../../src/generator/index.js';

/** What a field holds, as far as breaking it goes (src/schema/tables.ts). */
type FieldKind = 'id' | 'ref' | 'label' | 'text' | 'instant' | 'money' | 'nonNegativeMoney' | 'count' | 'enum' | 'boolean' | 'score' | 'scale';

interface Field {
  name: string;
  kind: FieldKind;
  required: boolean;
}

const f = (name: string, kind: FieldKind, required = true): Field => ({ name, kind, required });

/** The fields of each table, as src/schema/tables.ts checks them. */
export const TABLE_FIELDS: Record<string, Field[]> = {
  accounts: [f('id', 'id'), f('name', 'text', false), f('segment', 'label', false), f('owner', 'label', false), f('createdAt', 'instant'), f('churnedAt', 'instant', false), f('campaignId', 'ref', false), f('group', 'enum', false)],
  deals: [f('id', 'id'), f('accountId', 'ref', false), f('owner', 'label', false), f('amount', 'nonNegativeMoney'), f('createdAt', 'instant'), f('closedAt', 'instant', false), f('outcome', 'enum'), f('stage', 'label'), f('kind', 'enum', false), f('campaignId', 'ref', false)],
  orders: [f('id', 'id'), f('accountId', 'ref'), f('at', 'instant'), f('amount', 'money'), f('cost', 'nonNegativeMoney', false), f('items', 'count', false), f('product', 'label', false)],
  subscriptions: [f('id', 'id'), f('accountId', 'ref'), f('start', 'instant'), f('end', 'instant', false), f('amount', 'nonNegativeMoney'), f('renewed', 'boolean', false)],
  activities: [f('id', 'id'), f('at', 'instant'), f('type', 'enum'), f('direction', 'enum'), f('owner', 'label', false), f('accountId', 'ref', false), f('dealId', 'ref', false), f('responded', 'boolean', false)],
  campaigns: [f('id', 'id'), f('name', 'label'), f('channel', 'label', false), f('cost', 'nonNegativeMoney'), f('start', 'instant', false), f('end', 'instant', false)],
  surveys: [f('at', 'instant'), f('kind', 'enum'), f('score', 'score'), f('scale', 'scale', false), f('accountId', 'ref', false)],
  tickets: [f('id', 'id'), f('openedAt', 'instant'), f('firstResponseAt', 'instant', false), f('resolvedAt', 'instant', false), f('contacts', 'count'), f('agent', 'label', false), f('accountId', 'ref', false)],
  costs: [f('at', 'instant'), f('category', 'enum'), f('amount', 'nonNegativeMoney')],
};
export const ROW_TABLES = Object.keys(TABLE_FIELDS);

type Json = unknown;
type Row = Record<string, Json>;
export type RawDataset = Record<string, Json>;

let baseCache: string | undefined;
/** A fresh copy of the base dataset: 12 generated accounts with every table filled (about 270 rows). */
export function baseDataset(): RawDataset {
  baseCache ??= JSON.stringify(generateDataset({ seed: 11, accounts: 12 }));
  return JSON.parse(baseCache) as RawDataset;
}

/** One fault put into a dataset. */
export interface Fault {
  /** What was done, for the failure message (`deals[3].amount = NaN`). */
  label: string;
  /** Where the fault is, as a problem would name it. */
  path: string;
  /** The kit must report a problem at `path`; false for valid (if extreme) input. */
  must: boolean;
  apply(ds: RawDataset): void;
}

/** Values of the wrong type for each kind of field (null is "absent", so only for required fields). */
function wrongTypes(kind: FieldKind): Json[] {
  const objects: Json[] = [{}, [], true, { valueOf: 1 }];
  switch (kind) {
    case 'id':
    case 'ref':
    case 'label':
    case 'text':
      return [...objects, 42, 0];
    case 'instant':
      return [...objects, false];
    case 'enum':
      return [...objects, 1, 'WON', 'not-a-choice'];
    case 'boolean':
      return [...objects.filter((v) => v !== true), 'yes', 1];
    default:
      return [...objects, '12', 'NaN', ''];
  }
}

/** Instants the kit must refuse: impossible days, beyond what a Date holds, not dates at all. */
const BAD_INSTANTS: Json[] = ['2024-13-01', '2024-02-30', '0000-00-00', '2024-01-01T25:00:00Z', '+275760-09-13T00:00:00.001Z', 8.64e15 + 1, -8.64e15 - 1, 1e308, NaN, Infinity, -Infinity, '', 'yesterday', '99999-01-01'];
/** Instants that are valid, however far from the data: far past, far future, the epoch's edges. */
const EXTREME_INSTANTS: Json[] = ['0001-01-01', '9999-12-31T23:59:59.999Z', '1900-01-01', 0, -1, 253402300799999, '+275760-09-13T00:00:00.000Z', -8.64e15];
const NON_FINITE: Json[] = [NaN, Infinity, -Infinity];
const HUGE: Json[] = [1e308, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 5e-324];

const rowOf = (ds: RawDataset, table: string, index: number): Row | undefined => {
  const rows = ds[table];
  return Array.isArray(rows) && rows.length > 0 ? (rows[index % rows.length] as Row) : undefined;
};
const rowIndex = (ds: RawDataset, table: string, index: number) => index % Math.max(1, (ds[table] as unknown[]).length);

/** A fault in one field of one row, placed by (table, row, field, choice). */
function fieldFault(kind: 'wrong-type' | 'missing' | 'non-finite' | 'huge' | 'negative' | 'bad-date' | 'extreme-date' | 'long-string', table: string, row: number, field: Field, choice: number): Fault | undefined {
  const path = (ds: RawDataset) => `${table}[${rowIndex(ds, table, row)}].${field.name}`;
  const set = (value: Json, named: boolean, show = String(value)): Fault => {
    const base = baseDataset();
    const where = path(base);
    return {
      label: `${where} = ${typeof value === 'string' && value.length > 40 ? `"${value.slice(0, 12)}…" (${value.length} chars)` : typeof value === 'string' ? JSON.stringify(value) : show}`,
      path: where,
      must: named,
      apply: (ds) => {
        const r = rowOf(ds, table, row);
        if (r) r[field.name] = value;
      },
    };
  };
  const pick = <T>(xs: readonly T[]) => xs[choice % xs.length] as T;
  const numeric = field.kind === 'money' || field.kind === 'nonNegativeMoney' || field.kind === 'count' || field.kind === 'score' || field.kind === 'scale';
  switch (kind) {
    case 'wrong-type': {
      const options = field.required ? [...wrongTypes(field.kind), null] : wrongTypes(field.kind);
      const value = pick(options);
      return set(value, true, JSON.stringify(value) ?? String(value));
    }
    case 'missing': {
      if (!field.required) return undefined;
      const where = path(baseDataset());
      return { label: `${where} deleted`, path: where, must: true, apply: (ds) => void delete rowOf(ds, table, row)?.[field.name] };
    }
    case 'non-finite':
      return numeric || field.kind === 'instant' ? set(pick(NON_FINITE), true) : undefined;
    case 'huge':
      // Valid numbers, if extreme: sums of them overflow, which the kit must survive.
      return numeric ? set(pick(HUGE), false) : undefined;
    case 'negative':
      if (field.kind === 'nonNegativeMoney') return set(-pick([1, 0.01, 1e6, 1e308]), true);
      if (field.kind === 'count') return set(-1, true);
      if (field.kind === 'money') return set(-pick([1, 1e6, 1e308]), false); // a refund
      return undefined;
    case 'bad-date':
      return field.kind === 'instant' ? set(pick(BAD_INSTANTS), true) : undefined;
    case 'extreme-date':
      return field.kind === 'instant' ? set(pick(EXTREME_INSTANTS), false) : undefined;
    case 'long-string':
      return field.kind === 'label' || field.kind === 'text' || field.kind === 'id' ? set(`${'long-'.repeat(pick([20_000, 200_000]))}${row}`, false) : undefined;
  }
}

/** A row's id reused by a later row of the same table. */
function duplicateId(table: string, first: number, second: number): Fault | undefined {
  if (!TABLE_FIELDS[table]!.some((fl) => fl.name === 'id')) return undefined;
  const base = baseDataset();
  const rows = base[table] as Row[];
  const a = first % rows.length;
  const b = second % rows.length;
  if (a === b || rows.length < 2) return undefined;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return {
    label: `${table}[${hi}].id = ${table}[${lo}].id`,
    path: `${table}[${hi}].id`,
    must: true,
    apply: (ds) => {
      const r = ds[table] as Row[];
      r[hi]!.id = r[lo]!.id;
    },
  };
}

/** A deal's stage history out of order (named), or walking back and forth between stages (valid). */
function historyFault(kind: 'unordered' | 'cyclic', row: number): Fault | undefined {
  const deals = baseDataset().deals as Row[];
  const i = row % deals.length;
  const history = deals[i]!.history as { stage: string; at: string }[] | undefined;
  if (kind === 'unordered') {
    if (!history || history.length < 2) return undefined;
    return {
      label: `deals[${i}].history reversed`,
      path: `deals[${i}].history[1].at`,
      must: true,
      apply: (ds) => void ((ds.deals as Row[])[i]!.history as unknown[]).reverse(),
    };
  }
  return {
    label: `deals[${i}].history cycles Lead → Qualified → Lead → Qualified ×50`,
    path: `deals[${i}]`,
    must: false,
    apply: (ds) => {
      const deal = (ds.deals as Row[])[i]!;
      const start = Date.parse(deal.createdAt as string);
      const loop = Array.from({ length: 100 }, (_, k) => ({ stage: k % 2 === 0 ? 'Lead' : 'Qualified', at: new Date(start + k * 3_600_000).toISOString() }));
      deal.history = loop;
      deal.stage = 'Qualified';
      delete deal.closedAt;
      deal.outcome = 'open';
    },
  };
}

/** Whole tables of the wrong shape, and rows that are not rows. */
const TABLE_FAULTS: ((table: string) => Fault)[] = [
  (table) => ({ label: `${table} = "rows"`, path: table, must: true, apply: (ds) => void (ds[table] = 'rows') }),
  (table) => ({ label: `${table} = 7`, path: table, must: true, apply: (ds) => void (ds[table] = 7) }),
  (table) => ({ label: `${table}[0] = null`, path: `${table}[0]`, must: true, apply: (ds) => void ((ds[table] as unknown[])[0] = null) }),
  (table) => ({ label: `${table}[1] = "row"`, path: `${table}[1]`, must: true, apply: (ds) => void ((ds[table] as unknown[])[1] = 'row') }),
  (table) => ({ label: `${table}[0] = []`, path: `${table}[0]`, must: true, apply: (ds) => void ((ds[table] as unknown[])[0] = []) }),
];

/** Faults in the stage list. */
const STAGE_FAULTS: Fault[] = [
  { label: 'stages[4] = "Lead" (twice)', path: 'stages[4]', must: true, apply: (ds) => void (ds.stages as string[]).push('Lead') },
  // A bad entry refuses the whole list, and the error names it (`stages[1]: …`; the test
  // "names the bad entry of the stage list" in fuzz.test.ts holds it to that).
  { label: 'stages[1] = 3', path: 'stages', must: true, apply: (ds) => void ((ds.stages as unknown[])[1] = 3) },
  { label: 'stages[0] = ""', path: 'stages', must: true, apply: (ds) => void ((ds.stages as unknown[])[0] = '') },
  { label: 'deals[0].stage = "Nowhere"', path: 'deals[0].stage', must: true, apply: (ds) => void ((ds.deals as Row[])[0]!.stage = 'Nowhere') },
  { label: 'stages = {}', path: 'stages', must: true, apply: (ds) => void (ds.stages = {}) },
  { label: 'dealz = [] (unknown table)', path: 'dealz', must: true, apply: (ds) => void (ds.dealz = []) },
];

const table = fc.constantFrom(...ROW_TABLES);
const index = fc.nat({ max: 10_000 });

/** One fault of any kind, or undefined when the chosen combination does not apply (filtered out). */
export const faultArbitrary: fc.Arbitrary<Fault> = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom('wrong-type', 'missing', 'non-finite', 'huge', 'negative', 'bad-date', 'extreme-date', 'long-string' as const), table, index, index, index)
        .map(([kind, t, row, field, choice]) => fieldFault(kind, t, row, TABLE_FIELDS[t]![field % TABLE_FIELDS[t]!.length]!, choice)),
    },
    { weight: 1, arbitrary: fc.tuple(table, index, index).map(([t, a, b]) => duplicateId(t, a, b)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('unordered', 'cyclic' as const), index).map(([k, row]) => historyFault(k, row)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TABLE_FAULTS), table).map(([make, t]) => make(t)) },
    { weight: 1, arbitrary: fc.constantFrom(...STAGE_FAULTS) },
  )
  .filter((fault): fault is Fault => fault !== undefined);

/** Where a fault lands: a table, or a row of one (two faults in one row would hide each other). */
const place = (fault: Fault) => fault.path.match(/^[a-z]+(\[\d+\])?/i)?.[0] ?? fault.path;

/** A broken dataset: the base with one to three faults in distinct places. */
export interface BrokenDataset {
  faults: Fault[];
  build(): RawDataset;
}

export const brokenDatasetArbitrary: fc.Arbitrary<BrokenDataset> = fc
  .uniqueArray(faultArbitrary, { minLength: 1, maxLength: 3, selector: place })
  // A fault on a whole table replaces the rows another fault would be in.
  .filter((faults) => !faults.some((a) => faults.some((b) => a !== b && /^[a-z]+$/i.test(place(a)) && place(b).startsWith(place(a)))))
  .map((faults) => ({
    faults,
    build() {
      const ds = baseDataset();
      for (const fault of faults) fault.apply(ds);
      return ds;
    },
  }));

/** Input that is not a dataset at all; every one must end in a named error, never a throw. */
export const NOT_DATASETS: { label: string; value: () => unknown }[] = [
  { label: '42', value: () => 42 },
  { label: '"deals"', value: () => 'deals' },
  { label: 'true', value: () => true },
  { label: '[] (a list)', value: () => [] },
  { label: '[{ id: "d1" }]', value: () => [{ id: 'd1' }] },
  { label: 'NaN', value: () => NaN },
  { label: 'a function', value: () => () => 1 },
  { label: 'a Symbol', value: () => Symbol('data') },
  { label: 'a Date', value: () => new Date(0) },
  { label: 'a cyclic dataset', value: () => { const ds = baseDataset(); ds.self = ds; (ds.deals as Row[])[0]!.self = ds; return ds; } },
  { label: 'a dataset whose deals getter throws', value: () => { const ds = baseDataset(); Object.defineProperty(ds, 'deals', { enumerable: true, get() { throw new Error('getter of deals failed'); } }); return ds; } },
  { label: 'a Proxy that throws on every read', value: () => new Proxy({}, { get() { throw new Error('proxy read refused'); }, ownKeys() { throw new Error('proxy keys refused'); } }) },
  { label: 'Object.create(null) with deals', value: () => Object.assign(Object.create(null) as object, { deals: (baseDataset().deals as Row[]).slice(0, 3) }) },
  { label: 'a dataset with __proto__ as a table', value: () => JSON.parse('{"__proto__": {"polluted": true}, "deals": []}') as unknown },
];

/** 100,000 distinct stage names, with 2,000 deals spread over them (every history valid). */
export function manyStages(count = 100_000, deals = 2_000): RawDataset {
  const stages = Array.from({ length: count }, (_, i) => `Stage ${String(i).padStart(6, '0')}`);
  const rows = Array.from({ length: deals }, (_, i) => {
    const at = Date.UTC(2024, 0, 1) + i * 3_600_000;
    const stage = stages[(i * 7_919) % count]!;
    return { id: `d${i}`, amount: 100 + (i % 50), createdAt: new Date(at).toISOString(), outcome: 'open', stage, history: [{ stage, at: new Date(at).toISOString() }] };
  });
  return { stages, deals: rows };
}
