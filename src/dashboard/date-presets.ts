/**
 * The date-range presets of the filter bar, as `YYYY-MM-DD` days (local midnight in the
 * dashboard's zone; `to` excluded). "Today" is the as-of day — the dashboard's `as-of`, else the
 * day of the data's last record — not the clock: a dashboard of last year's export should show
 * that export's last 30 days, and the same data shows the same view on any day (and in tests).
 */
import { civilFromDays, daysFromCivil, daysInMonth, formatDay } from '../time/civil.js';
import { zoneOffsets } from '../time/zone.js';

export const DATE_PRESETS = ['all', 'last-30-days', 'last-90-days', 'this-quarter', 'year-to-date', 'previous-period'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export const PRESET_LABELS: Readonly<Record<DatePreset, string>> = {
  all: 'All time',
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  'this-quarter': 'This quarter',
  'year-to-date': 'Year to date',
  'previous-period': 'Previous period',
};

export interface DayRange {
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` that is a real day, or undefined for anything else. */
export function dayNumber(day: string | undefined): number | undefined {
  const match = day ? DAY.exec(day) : null;
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, date);
}

/** The local day (days since the epoch) of an instant in `timeZone`. */
export function localDay(utcMs: number, timeZone: string): number {
  return Math.floor((utcMs + zoneOffsets(timeZone).offsetAt(utcMs)) / DAY_MS);
}

/**
 * The range of a preset, as of `asOfDay` (days since the epoch; included). `previous-period` is
 * the range of the same length just before `current`; undefined when `current` is not a closed
 * range of days.
 */
export function presetRange(preset: DatePreset, asOfDay: number, current: DayRange = {}): DayRange | undefined {
  const end = formatDay(asOfDay + 1);
  const { year, month } = civilFromDays(asOfDay);
  switch (preset) {
    case 'all':
      return {};
    case 'last-30-days':
      return { from: formatDay(asOfDay - 29), to: end };
    case 'last-90-days':
      return { from: formatDay(asOfDay - 89), to: end };
    case 'this-quarter':
      return { from: formatDay(daysFromCivil(year, month - ((month - 1) % 3), 1)), to: end };
    case 'year-to-date':
      return { from: formatDay(daysFromCivil(year, 1, 1)), to: end };
    case 'previous-period': {
      const from = dayNumber(current.from);
      const to = dayNumber(current.to);
      if (from === undefined || to === undefined || !(to > from)) return undefined;
      return { from: formatDay(from - (to - from)), to: formatDay(from) };
    }
  }
}

/** Which preset a range is, as of `asOfDay` (previous-period is never recognised: it depends on history). */
export function presetOf(range: DayRange, asOfDay: number): DatePreset | 'custom' {
  for (const preset of DATE_PRESETS) {
    if (preset === 'previous-period') continue;
    const r = presetRange(preset, asOfDay);
    if (r && (r.from ?? '') === (range.from ?? '') && (r.to ?? '') === (range.to ?? '')) return preset;
  }
  return 'custom';
}
