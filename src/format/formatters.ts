/**
 * Locale formatting through cached `Intl` formatters: building an `Intl.NumberFormat` costs
 * tens of microseconds, so an element that labels hundreds of marks per draw asks for its set
 * once per (locale, currency, zone) and reuses it. A missing value (`null`, NaN) prints as an
 * em dash, the convention for "no base to compute from".
 */

export const EM_DASH = '—';

export interface Formatters {
  readonly locale: string;
  readonly currency: string;
  readonly timeZone: string;
  /** 8,800 */
  count(n: number | null | undefined): string;
  /** 1,234.5 with at most `digits` fraction digits. */
  number(n: number | null | undefined, digits?: number): string;
  /** $1,234 (no cents at or above 100, two below: charts want short labels). */
  money(n: number | null | undefined): string;
  /** $1.2M */
  moneyCompact(n: number | null | undefined): string;
  /** 63.2% from the fraction 0.632. */
  percent(ratio: number | null | undefined, digits?: number): string;
  /** 45 days */
  days(n: number | null | undefined): string;
  /** Jan 5, 2024 (in the zone) from epoch ms. */
  date(ms: number | null | undefined): string;
  /** Jan 2024 */
  month(ms: number | null | undefined): string;
}

const cache = new Map<string, Formatters>();

const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || Number.isNaN(n);

function create(locale: string, currency: string, timeZone: string): Formatters {
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const cents = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone });
  const cached = (map: Map<number, Intl.NumberFormat>, digits: number, options: Intl.NumberFormatOptions) => {
    let format = map.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { ...options, maximumFractionDigits: digits });
      map.set(digits, format);
    }
    return format;
  };
  return {
    locale,
    currency,
    timeZone,
    count: (n) => (missing(n) ? EM_DASH : counts.format(n)),
    number: (n, digits = 1) => (missing(n) ? EM_DASH : cached(numbers, digits, {}).format(n)),
    money: (n) => (missing(n) ? EM_DASH : Math.abs(n) >= 100 ? money.format(n) : cents.format(n)),
    moneyCompact: (n) => (missing(n) ? EM_DASH : compact.format(n)),
    percent: (ratio, digits = 1) => (missing(ratio) ? EM_DASH : cached(percents, digits, { style: 'percent', minimumFractionDigits: 0 }).format(ratio)),
    days: (n) => (missing(n) ? EM_DASH : days.format(n)),
    date: (ms) => (missing(ms) ? EM_DASH : dates.format(ms)),
    month: (ms) => (missing(ms) ? EM_DASH : months.format(ms)),
  };
}

/**
 * The formatters of a locale, currency (ISO 4217) and IANA zone, cached. An unknown locale falls
 * back as Intl does; an invalid currency or zone throws a RangeError naming it.
 */
export function formatters(locale = 'en-US', currency = 'USD', timeZone = 'UTC'): Formatters {
  const key = `${locale}|${currency}|${timeZone}`;
  let set = cache.get(key);
  if (!set) {
    try {
      set = create(locale, currency, timeZone);
    } catch (error) {
      throw new RangeError(`cannot format for locale "${locale}", currency "${currency}", time zone "${timeZone}": ${(error as Error).message}`);
    }
    cache.set(key, set);
  }
  return set;
}
