/**
 * The scope of one metric computation: the table, the half-open time range [from, to), the
 * zone and period, and the segment and owner filters resolved once to codes and masks, so a
 * metric's hot loop tests integers only.
 */
import { ABSENT, resolveBoundary, PERIODS, type CrmTable, type Period } from '../table/index.js';
import { zoneOffsets } from '../time/zone.js';
import type { MetricOptions } from './options.js';

export interface MetricScope {
  readonly table: CrmTable;
  /** First instant included; -Infinity when open. */
  readonly from: number;
  /** First instant excluded; Infinity when open. */
  readonly to: number;
  readonly timeZone: string;
  readonly period: Period | undefined;
  /** Segment code to keep (NO_MATCH for a segment no account has), or null for no segment filter. */
  readonly segment: number | null;
  /** Owner code to keep (NO_MATCH for an owner nobody is), or null for no owner filter. */
  readonly owner: number | null;
  /** The same scope over a narrower range (one period of a series). */
  narrow(from: number, to: number): MetricScope;
}

/**
 * The code of a filter value no row has. Not -1: that is the code of an absent value, and a
 * filter on a name nobody has must not keep the rows that have no name at all.
 */
export const NO_MATCH = -2;

export function inRange(scope: MetricScope, t: number): boolean {
  return t >= scope.from && t < scope.to; // NaN fails both
}

/**
 * Whether a row passes the segment and owner filters. `account` is the row's account (-1 when
 * it has none); `rowOwner` its own owner code, if the table has owners (-1 when absent): a row
 * without an owner of its own is judged by its account's owner.
 */
export function passes(scope: MetricScope, account: number, rowOwner: number = ABSENT): boolean {
  const accounts = scope.table.accounts;
  if (scope.segment !== null && (account < 0 || accounts.segment[account] !== scope.segment)) return false;
  if (scope.owner !== null) {
    const owner = rowOwner >= 0 ? rowOwner : account >= 0 ? (accounts.owner[account] as number) : ABSENT;
    if (owner !== scope.owner) return false;
  }
  return true;
}

/** Whether any segment or owner filter applies (when not, metrics may skip `passes`). */
export function isFiltered(scope: MetricScope): boolean {
  return scope.segment !== null || scope.owner !== null;
}

function boundary(name: string, value: unknown, timeZone: string, open: number): number {
  if (value === undefined || value === null || value === '') return open;
  if (typeof value !== 'string' && typeof value !== 'number') throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected YYYY-MM-DD, an ISO 8601 instant or epoch milliseconds)`);
  try {
    return resolveBoundary(value, timeZone);
  } catch {
    throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected YYYY-MM-DD, an ISO 8601 instant or epoch milliseconds)`);
  }
}

function scopeOf(base: Omit<MetricScope, 'narrow'>): MetricScope {
  return { ...base, narrow: (from, to) => scopeOf({ ...base, from, to }) };
}

export function createScope(table: CrmTable, options: MetricOptions): MetricScope {
  const timeZone = options.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string') throw new RangeError(`invalid timeZone: ${JSON.stringify(timeZone)}`);
  zoneOffsets(timeZone); // throws `unknown time zone: …` before the boundaries are read in it
  const from = boundary('from', options.from, timeZone, -Infinity);
  const to = boundary('to', options.to, timeZone, Infinity);
  if (from > to) throw new RangeError(`from (${String(options.from)}) is after to (${String(options.to)})`);
  const period = options.period;
  if (period !== undefined && !PERIODS.includes(period)) {
    throw new RangeError(`unknown period: ${JSON.stringify(period)} (expected one of ${PERIODS.map((p) => JSON.stringify(p)).join(', ')})`);
  }
  const code = (value: unknown, name: string, codeOf: (v: string) => number) => {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected a name)`);
    const code = codeOf(value);
    return code < 0 ? NO_MATCH : code;
  };
  return scopeOf({
    table,
    from,
    to,
    timeZone,
    period,
    segment: code(options.segment, 'segment', (v) => table.segments.codeOf(v)),
    owner: code(options.owner, 'owner', (v) => table.owners.codeOf(v)),
  });
}
