/**
 * One pass over the tickets for `help-desk`: counts per agent in Int32Arrays (one slot per agent
 * code, the last for tickets without an agent) and durations in Float64Arrays, summarised after.
 */
import { ratio, ratioResult } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';
import { durationStats, groupMedians } from './duration-stats.js';
import { isFirstContactResolution } from './first-contact-resolution.js';
import type { HelpDeskAgent, HelpDeskSummary } from './help-desk-result.js';
import { AGE_BANDS, ageBandOf } from './ticket-age.js';

const HOUR = 3_600_000;

export function summarizeHelpDesk(scope: MetricScope): HelpDeskSummary {
  const { tickets, agents, timeSpan } = scope.table;
  const unassigned = agents.size;
  const slots = agents.size + 1;
  const opened = new Int32Array(slots);
  const resolved = new Int32Array(slots);
  const firstContact = new Int32Array(slots);
  const open = new Int32Array(slots);
  const byAge = new Int32Array(AGE_BANDS.length);
  const response = { hours: new Float64Array(tickets.length), slot: new Int32Array(tickets.length), n: 0 };
  const resolution = { hours: new Float64Array(tickets.length), slot: new Int32Array(tickets.length), n: 0 };
  // With no `to` the queue is what is still unresolved (opened and resolved before Infinity),
  // aged from the data's last instant.
  const queueEnd = scope.to;
  const asOf = Number.isFinite(scope.to) ? scope.to : Number.isNaN(timeSpan.max) ? null : timeSpan.max;
  for (let i = 0; i < tickets.length; i++) {
    if (!passes(scope, tickets.account[i] as number)) continue;
    const agent = tickets.agent[i] as number;
    const slot = agent >= 0 ? agent : unassigned;
    const openedAt = tickets.openedAt[i] as number;
    const respondedAt = tickets.firstResponseAt[i] as number;
    const resolvedAt = tickets.resolvedAt[i] as number;
    if (inRange(scope, openedAt)) {
      increment(opened, slot);
      if (!Number.isNaN(respondedAt)) record(response, (respondedAt - openedAt) / HOUR, slot);
      if (!Number.isNaN(resolvedAt)) record(resolution, (resolvedAt - openedAt) / HOUR, slot);
    }
    if (inRange(scope, resolvedAt)) {
      increment(resolved, slot);
      if (isFirstContactResolution(scope, i)) increment(firstContact, slot);
    }
    if (openedAt < queueEnd && !(resolvedAt < queueEnd)) {
      increment(open, slot);
      increment(byAge, ageBandOf((asOf as number) - openedAt));
    }
  }
  const responseMedians = groupMedians(response.hours.subarray(0, response.n), response.slot.subarray(0, response.n), slots);
  const resolutionMedians = groupMedians(resolution.hours.subarray(0, resolution.n), resolution.slot.subarray(0, resolution.n), slots);
  const byAgent: HelpDeskAgent[] = [];
  for (let s = 0; s < slots; s++) {
    if (opened[s] === 0 && resolved[s] === 0 && open[s] === 0) continue;
    byAgent.push({
      agent: s === unassigned ? null : (agents.decode(s) as string),
      tickets: opened[s] as number,
      resolved: resolved[s] as number,
      firstContactResolved: firstContact[s] as number,
      open: open[s] as number,
      medianFirstResponseHours: responseMedians[s] as number | null,
      medianResolutionHours: resolutionMedians[s] as number | null,
      fcr: ratio(firstContact[s] as number, resolved[s] as number),
    });
  }
  byAgent.sort(byTicketsThenName);
  return {
    asOf,
    opened: sum(opened),
    open: { count: sum(open), byAge: AGE_BANDS.map((band, k) => ({ band, count: byAge[k] as number })) },
    firstResponseHours: durationStats(response.hours.subarray(0, response.n)),
    resolutionHours: durationStats(resolution.hours.subarray(0, resolution.n)),
    fcr: ratioResult(sum(firstContact), sum(resolved), 'over-resolved'),
    byAgent,
  };
}

function record(into: { hours: Float64Array; slot: Int32Array; n: number }, hours: number, slot: number): void {
  into.hours[into.n] = hours;
  into.slot[into.n] = slot;
  into.n++;
}

function increment(counts: Int32Array, k: number): void {
  counts[k] = (counts[k] as number) + 1;
}

const sum = (counts: Int32Array) => counts.reduce((a, b) => a + b, 0);

/** Most tickets first; ties by name, the unassigned last. */
function byTicketsThenName(a: HelpDeskAgent, b: HelpDeskAgent): number {
  if (a.tickets !== b.tickets) return b.tickets - a.tickets;
  if (a.agent === null || b.agent === null) return a.agent === null ? (b.agent === null ? 0 : 1) : -1;
  return a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0;
}
