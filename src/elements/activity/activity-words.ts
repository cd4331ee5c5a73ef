/**
 * Words and labels of `<crm-activity>`: the names of types, directions and response bands, a
 * period's short label, and hours in the element's locale.
 */
import type { Formatters } from '../../format/formatters.js';
import type { ResponseBand } from '../../metrics/sales/response-time.js';
import type { Period } from '../../table/index.js';

export const TYPE_NAMES = { call: 'Calls', email: 'Emails', meeting: 'Meetings', web: 'Web', chat: 'Chats', other: 'Other' } as const;
export const DIRECTION_NAMES = { inbound: 'Inbound', outbound: 'Outbound' } as const;

/** Short column labels, and the words a tooltip or screen reader says. */
export const BAND_LABELS: Record<ResponseBand, [string, string]> = {
  '<1h': ['< 1 h', 'answered within an hour'],
  '1–24h': ['1–24 h', 'answered in 1 to 24 hours'],
  '1–3d': ['1–3 d', 'answered in 1 to 3 days'],
  '>3d': ['> 3 d', 'answered after more than 3 days'],
  none: ['No reply', 'never answered'],
};

/** "Mar 2024", "Q1 2024", "2024", or the period's first day (weeks, days; a clipped first period shows where it starts). */
export function periodLabel(start: string, from: number, period: Period, f: Formatters): string {
  if (period === 'year') return start.slice(0, 4);
  if (period === 'quarter') return `Q${Math.ceil(Number(start.slice(5, 7)) / 3)} ${start.slice(0, 4)}`;
  return period === 'month' ? f.month(from) : f.date(from);
}

const hourFormats = new Map<string, Intl.NumberFormat>();

/** "8.1 hours" in the locale; an em dash for none. */
export function hours(n: number | null, f: Formatters): string {
  if (n === null) return f.number(null);
  let format = hourFormats.get(f.locale);
  if (!format) {
    format = new Intl.NumberFormat(f.locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
    hourFormats.set(f.locale, format);
  }
  return format.format(n);
}
