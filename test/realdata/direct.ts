/**
 * Plain helpers for the independent side of the real-data checks: figures counted straight from
 * the raw rows with strings, Maps and Date.UTC, sharing no code with the engine (no table, no
 * bucketing, no selection), so that an agreement means two ways of counting agree.
 */

export const DAY_MS = 86_400_000;
/** The year the engine's lifespans are measured in (365.25 days), spelled out again here. */
export const JULIAN_YEAR_MS = 365.25 * DAY_MS;

/** Epoch ms of UTC midnight of `YYYY-MM-DD` or `YYYYMMDD`. */
export function utcDay(day: string): number {
  const digits = day.replaceAll('-', '');
  return Date.UTC(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)) - 1, Number(digits.slice(6, 8)));
}

/** Whole days from `a` to `b` (both days, `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return (utcDay(b) - utcDay(a)) / DAY_MS;
}

/** Months from month `a` to month `b`, each `YYYY-MM` (or any string starting so). */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** The p-quantile interpolating between closest ranks (type 7, spreadsheets' PERCENTILE.INC), by sorting. */
export function quantileBySorting(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

export function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

export interface DirectCohort {
  /** `YYYY-MM` of the cohort's first purchase month. */
  month: string;
  size: number;
  /** counts[k]: customers of the cohort with a purchase in its k-th month after the first. */
  counts: number[];
}

/**
 * Monthly customer cohorts from purchases given as (customer, `YYYY-MM…` month) pairs: each
 * customer's cohort is its earliest purchase month; counts[k] the distinct customers of a cohort
 * that purchased k months later, through `lastMonth`.
 */
export function monthlyCohorts(customers: readonly string[], months: readonly string[], lastMonth: string): DirectCohort[] {
  const monthsOf = new Map<string, Set<string>>();
  customers.forEach((customer, i) => {
    const month = (months[i] as string).slice(0, 7);
    let set = monthsOf.get(customer);
    if (!set) monthsOf.set(customer, (set = new Set()));
    set.add(month);
  });
  const byCohort = new Map<string, DirectCohort>();
  for (const set of monthsOf.values()) {
    const sorted = [...set].sort();
    const first = sorted[0] as string;
    let cohort = byCohort.get(first);
    if (!cohort) byCohort.set(first, (cohort = { month: first, size: 0, counts: new Array(monthsBetween(first, lastMonth) + 1).fill(0) }));
    cohort.size++;
    for (const month of sorted) {
      const k = monthsBetween(first, month);
      cohort.counts[k] = (cohort.counts[k] ?? 0) + 1;
    }
  }
  return [...byCohort.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
