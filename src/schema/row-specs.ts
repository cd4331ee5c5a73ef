/**
 * The fields of each table as the checks of `check-columns.ts` read them: name, kind, and
 * whether the field may be absent. They mirror the zod schemas of `tables.ts`, field for field
 * and in the same order; test/schema/fast-rows.test.ts holds them to accepting only what zod
 * accepts, parsed to the same value.
 */
import type { RowTableName } from './tables.js';

export type Kind =
  /** A non-empty string (ids, labels). */
  | 'text'
  /** Any string. */
  | 'string'
  /** ISO 8601 string or epoch milliseconds, to epoch milliseconds. */
  | 'instant'
  /** A finite number. */
  | 'number'
  /** Money: a number within ±MAX_MONEY. */
  | 'money'
  /** Money ≥ 0 and ≤ MAX_MONEY. */
  | 'nonNegativeMoney'
  /** A whole number ≥ 0. */
  | 'count'
  /** A whole number ≥ 2 (a survey's scale). */
  | 'scale'
  | 'boolean'
  /** A deal's stage history: a list of `{ stage: text, at: instant }`. */
  | 'history'
  /** One of the listed strings. */
  | readonly string[];

/** A field: its name, its kind, and whether it may be absent (or null, which reads as absent). */
export type Field = readonly [name: string, kind: Kind, optional: boolean];

const OPTIONAL = true;
const REQUIRED = false;

export const ROW_SPECS: Record<RowTableName, readonly Field[]> = {
  accounts: [
    ['id', 'text', REQUIRED],
    ['name', 'string', OPTIONAL],
    ['segment', 'text', OPTIONAL],
    ['owner', 'text', OPTIONAL],
    ['createdAt', 'instant', REQUIRED],
    ['churnedAt', 'instant', OPTIONAL],
    ['campaignId', 'text', OPTIONAL],
    ['group', ['test', 'control'], OPTIONAL],
  ],
  deals: [
    ['id', 'text', REQUIRED],
    ['accountId', 'text', OPTIONAL],
    ['owner', 'text', OPTIONAL],
    ['amount', 'nonNegativeMoney', REQUIRED],
    ['createdAt', 'instant', REQUIRED],
    ['closedAt', 'instant', OPTIONAL],
    ['outcome', ['open', 'won', 'lost'], REQUIRED],
    ['stage', 'text', REQUIRED],
    ['history', 'history', OPTIONAL],
    ['kind', ['new', 'upsell', 'cross-sell', 'renewal'], OPTIONAL],
    ['campaignId', 'text', OPTIONAL],
  ],
  orders: [
    ['id', 'text', REQUIRED],
    ['accountId', 'text', REQUIRED],
    ['at', 'instant', REQUIRED],
    ['amount', 'money', REQUIRED],
    ['cost', 'nonNegativeMoney', OPTIONAL],
    ['items', 'count', OPTIONAL],
    ['product', 'text', OPTIONAL],
  ],
  subscriptions: [
    ['id', 'text', REQUIRED],
    ['accountId', 'text', REQUIRED],
    ['start', 'instant', REQUIRED],
    ['end', 'instant', OPTIONAL],
    ['amount', 'nonNegativeMoney', REQUIRED],
    ['renewed', 'boolean', OPTIONAL],
  ],
  activities: [
    ['id', 'text', REQUIRED],
    ['at', 'instant', REQUIRED],
    ['type', ['call', 'email', 'meeting', 'web', 'chat', 'other'], REQUIRED],
    ['direction', ['inbound', 'outbound'], REQUIRED],
    ['owner', 'text', OPTIONAL],
    ['accountId', 'text', OPTIONAL],
    ['dealId', 'text', OPTIONAL],
    ['responded', 'boolean', OPTIONAL],
  ],
  campaigns: [
    ['id', 'text', REQUIRED],
    ['name', 'text', REQUIRED],
    ['channel', 'text', OPTIONAL],
    ['cost', 'nonNegativeMoney', REQUIRED],
    ['start', 'instant', OPTIONAL],
    ['end', 'instant', OPTIONAL],
  ],
  surveys: [
    ['at', 'instant', REQUIRED],
    ['kind', ['nps', 'ces', 'csat'], REQUIRED],
    ['score', 'number', REQUIRED],
    ['scale', 'scale', OPTIONAL],
    ['accountId', 'text', OPTIONAL],
  ],
  tickets: [
    ['id', 'text', REQUIRED],
    ['openedAt', 'instant', REQUIRED],
    ['firstResponseAt', 'instant', OPTIONAL],
    ['resolvedAt', 'instant', OPTIONAL],
    ['contacts', 'count', REQUIRED],
    ['agent', 'text', OPTIONAL],
    ['accountId', 'text', OPTIONAL],
  ],
  costs: [
    ['at', 'instant', REQUIRED],
    ['category', ['sales', 'marketing', 'retention', 'service'], REQUIRED],
    ['amount', 'nonNegativeMoney', REQUIRED],
  ],
};
