/**
 * The canonical tables' fields as an adapter needs them: what kind of value each holds, which are
 * required, and the values an enumerated field allows. The schema (src/schema/tables.ts) is the
 * authority; test/adapters/canonical-fields.test.ts checks that this table says the same, so the
 * two cannot drift apart. It is written out rather than read from the zod schemas at run time
 * because that would reach into zod's internals.
 */
import type { RowTableName } from '../schema/tables.js';

/**
 * - `id`, `text`: strings as written (trimmed);
 * - `instant`: a date, read in the rule's date format (default `ISO`);
 * - `money`, `number`: numbers, read in the rule's number format (default `plain`);
 * - `count`: a whole number ≥ 0; `int`: a whole number;
 * - `boolean`: `true`/`false`, `yes`/`no`, `1`/`0` (any case);
 * - `enum`: one of `values`;
 * - `history`: a deal's stage entries, from one date column per stage.
 */
export type FieldKind = 'id' | 'text' | 'instant' | 'money' | 'number' | 'count' | 'int' | 'boolean' | 'enum' | 'history';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: true;
  readonly values?: readonly string[];
}

const required = true as const;

export const CANONICAL_FIELDS: Readonly<Record<RowTableName, Readonly<Record<string, FieldSpec>>>> = {
  accounts: {
    id: { kind: 'id', required },
    name: { kind: 'text' },
    segment: { kind: 'text' },
    owner: { kind: 'text' },
    createdAt: { kind: 'instant', required },
    churnedAt: { kind: 'instant' },
    campaignId: { kind: 'id' },
    group: { kind: 'enum', values: ['test', 'control'] },
  },
  deals: {
    id: { kind: 'id', required },
    accountId: { kind: 'id' },
    owner: { kind: 'text' },
    amount: { kind: 'money', required },
    createdAt: { kind: 'instant', required },
    closedAt: { kind: 'instant' },
    outcome: { kind: 'enum', required, values: ['open', 'won', 'lost'] },
    stage: { kind: 'text', required },
    history: { kind: 'history' },
    kind: { kind: 'enum', values: ['new', 'upsell', 'cross-sell', 'renewal'] },
    campaignId: { kind: 'id' },
  },
  orders: {
    id: { kind: 'id', required },
    accountId: { kind: 'id', required },
    at: { kind: 'instant', required },
    amount: { kind: 'money', required },
    cost: { kind: 'money' },
    items: { kind: 'count' },
    product: { kind: 'text' },
  },
  subscriptions: {
    id: { kind: 'id', required },
    accountId: { kind: 'id', required },
    start: { kind: 'instant', required },
    end: { kind: 'instant' },
    amount: { kind: 'money', required },
    renewed: { kind: 'boolean' },
  },
  activities: {
    id: { kind: 'id', required },
    at: { kind: 'instant', required },
    type: { kind: 'enum', required, values: ['call', 'email', 'meeting', 'web', 'chat', 'other'] },
    direction: { kind: 'enum', required, values: ['inbound', 'outbound'] },
    owner: { kind: 'text' },
    accountId: { kind: 'id' },
    dealId: { kind: 'id' },
    responded: { kind: 'boolean' },
  },
  campaigns: {
    id: { kind: 'id', required },
    name: { kind: 'text', required },
    channel: { kind: 'text' },
    cost: { kind: 'money', required },
    start: { kind: 'instant' },
    end: { kind: 'instant' },
  },
  surveys: {
    at: { kind: 'instant', required },
    kind: { kind: 'enum', required, values: ['nps', 'ces', 'csat'] },
    score: { kind: 'number', required },
    scale: { kind: 'int' },
    accountId: { kind: 'id' },
  },
  tickets: {
    id: { kind: 'id', required },
    openedAt: { kind: 'instant', required },
    firstResponseAt: { kind: 'instant' },
    resolvedAt: { kind: 'instant' },
    contacts: { kind: 'count', required },
    agent: { kind: 'text' },
    accountId: { kind: 'id' },
  },
  costs: {
    at: { kind: 'instant', required },
    category: { kind: 'enum', required, values: ['sales', 'marketing', 'retention', 'service'] },
    amount: { kind: 'money', required },
  },
};

/** The row tables, in the dataset's order. */
export const ROW_TABLE_NAMES = Object.keys(CANONICAL_FIELDS) as RowTableName[];

/** The fields of `table`; throws a RangeError naming the tables for an unknown one. */
export function fieldsOf(table: string): Readonly<Record<string, FieldSpec>> {
  const fields = (CANONICAL_FIELDS as Record<string, Readonly<Record<string, FieldSpec>> | undefined>)[table];
  if (!fields) throw new RangeError(`unknown table: ${JSON.stringify(table)} (expected one of ${ROW_TABLE_NAMES.join(', ')})`);
  return fields;
}
