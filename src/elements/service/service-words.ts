/**
 * Words of `<crm-service>`: the age bands and the two FCR definitions in words, durations in
 * the element's locale, and an agent's name.
 */
import type { Formatters } from '../../format/formatters.js';
import type { FcrDefinition } from '../../metrics/service/first-contact-resolution.js';
import type { AgeBand } from '../../metrics/service/ticket-age.js';
import { hours } from '../activity/activity-words.js';

/** Short labels (axis) and the words a tooltip or screen reader says. */
export const AGE_WORDS: Record<AgeBand, [string, string]> = {
  '<1d': ['< 1 day', 'open less than a day'],
  '1–3d': ['1–3 days', 'open 1 to 3 days'],
  '3–7d': ['3–7 days', 'open 3 to 7 days'],
  '7–30d': ['7–30 days', 'open 7 to 30 days'],
  '>30d': ['30+ days', 'open 30 days or more'],
};

/** The definitions as the switch labels them, what each rate is "of", and what its base counts. */
export const FCR_WORDS: Record<FcrDefinition, { button: string; of: string; base: string }> = {
  'over-resolved': { button: 'Of resolved tickets', of: 'of resolved tickets', base: 'resolved tickets' },
  'over-all': { button: 'Of all tickets opened', of: 'of all tickets opened', base: 'tickets opened' },
};

/** A duration in hours up to two days, in days beyond: "3.5 hours", "4.2 days"; an em dash for none. */
export function duration(h: number | null, f: Formatters): string {
  if (h === null) return f.number(null);
  return h < 48 ? hours(h, f) : f.days(h / 24);
}

/** An axis unit for durations up to `max` hours: hours below three days, else days. */
export function durationUnit(max: number): { name: 'hours' | 'days'; per: number } {
  return max < 72 ? { name: 'hours', per: 1 } : { name: 'days', per: 24 };
}

export const agentName = (agent: string | null): string => agent ?? 'Unassigned';

export const ticketsWord = (n: number, f: Formatters): string => `${f.count(n)} ${n === 1 ? 'ticket' : 'tickets'}`;
