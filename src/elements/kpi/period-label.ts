/**
 * A period of a series in words, from its first local day (`YYYY-MM-DD`, as the engine labels
 * series points): "Oct 7, 2024" for a day, "Week of Oct 7, 2024", "Oct 2024", "Q4 2024", "2024".
 * The day is resolved in the formatters' own zone, so it is never shown as the day before.
 */
import type { Formatters } from '../../format/formatters.js';
import { resolveBoundary, type Period } from '../../table/index.js';

export function periodLabel(start: string, period: Period, f: Formatters): string {
  switch (period) {
    case 'year':
      return start.slice(0, 4);
    case 'quarter':
      return `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${start.slice(0, 4)}`;
    case 'month':
      return f.month(resolveBoundary(start, f.timeZone));
    case 'week':
      return `Week of ${f.date(resolveBoundary(start, f.timeZone))}`;
    case 'day':
      return f.date(resolveBoundary(start, f.timeZone));
  }
}

/** Tick formats by locale, zone and period: building one costs more than formatting a dozen ticks. */
const tickFormats = new Map<string, Intl.DateTimeFormat>();

/** A short label for an axis tick: "Oct 24", "Q4 24", "2024", "Oct 7". */
export function periodTick(start: string, period: Period, f: Formatters): string {
  if (period === 'year') return start.slice(0, 4);
  if (period === 'quarter') return `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${start.slice(2, 4)}`;
  const key = `${f.locale}|${f.timeZone}|${period}`;
  let format = tickFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = period === 'month' ? { month: 'short', year: '2-digit' } : { month: 'short', day: 'numeric' };
    format = new Intl.DateTimeFormat(f.locale, { ...options, timeZone: f.timeZone });
    tickFormats.set(key, format);
  }
  return format.format(resolveBoundary(start, f.timeZone));
}
