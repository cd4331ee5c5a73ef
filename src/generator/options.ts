/** Options of {@link generateDataset}, checked up front: a bad option throws, never a quiet default. */

export type TimeFormat = 'iso' | 'epoch';

export interface GeneratorOptions {
  /** Any safe integer; the same seed gives byte-identical output. */
  seed: number;
  /** Number of accounts (companies in the CRM), at least 1. */
  accounts: number;
  /** Total deals, overriding the natural count (one new deal per account plus expansions). */
  deals?: number;
  /** Total order rows (purchases and refunds), overriding the natural count. */
  orders?: number;
  /** First day of the span, `YYYY-MM-DD` (UTC). Default 2022-01-01. */
  start?: string;
  /** Length of the span in months. Default 36. */
  months?: number;
  /** `iso` (default): times as `YYYY-MM-DDTHH:mm:ss.sssZ` strings; `epoch`: epoch milliseconds. */
  timeFormat?: TimeFormat;
}

export interface ResolvedOptions {
  seed: number;
  accounts: number;
  deals: number | undefined;
  orders: number | undefined;
  start: string;
  months: number;
  timeFormat: TimeFormat;
}

export const GENERATOR_DEFAULTS = { start: '2022-01-01', months: 36, timeFormat: 'iso' } as const;

/** The most rows of one table the generator will make: beyond it a browser tab cannot hold them. */
const MAX_ROWS = 50_000_000;

function count(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_ROWS) {
    throw new RangeError(`${name}: expected a whole number from ${min} to ${MAX_ROWS}, got ${String(value)}`);
  }
  return value;
}

export function resolveOptions(options: GeneratorOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('generateDataset: expected an options object');
  const { seed, timeFormat = GENERATOR_DEFAULTS.timeFormat, start = GENERATOR_DEFAULTS.start } = options;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new RangeError(`seed: expected a whole number (a safe integer), got ${String(seed)}`);
  }
  if (timeFormat !== 'iso' && timeFormat !== 'epoch') {
    throw new RangeError(`timeFormat: expected "iso" or "epoch", got ${String(timeFormat)}`);
  }
  if (typeof start !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(start) || start < '1970-01-01') {
    throw new RangeError(`start: expected a date YYYY-MM-DD from 1970-01-01, got ${String(start)}`);
  }
  const months = options.months === undefined ? GENERATOR_DEFAULTS.months : count('months', options.months, 1);
  if (months > 1200) throw new RangeError(`months: expected at most 1200 (a century), got ${months}`);
  if (Number(start.slice(0, 4)) + Math.ceil(months / 12) > 9998) {
    throw new RangeError(`start, months: the span must end before the year 9999 (ISO 8601 has four-digit years)`);
  }
  return {
    seed,
    accounts: count('accounts', options.accounts, 1),
    deals: options.deals === undefined ? undefined : count('deals', options.deals, 0),
    orders: options.orders === undefined ? undefined : count('orders', options.orders, 0),
    start,
    months,
    timeFormat,
  };
}
