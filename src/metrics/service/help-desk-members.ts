/**
 * The tickets behind one mark of `help-desk` — an age band of the open queue, an agent's row,
 * the tickets opened in a range — under the same options as `computeMetric('help-desk', …)`:
 * what a `crm-select` on that mark hands to the rest of a page. Each group is chosen by the
 * metric's own rules (summarizeHelpDesk): the segment and owner filters through the ticket's
 * account, the queue taken as of `to` (else the data's last instant), ages in AGE_BANDS.
 */
import type { CrmTable } from '../../table/index.js';
import type { MetricOptions } from '../options.js';
import { createScope, inRange, passes } from '../scope.js';
import { AGE_BANDS, ageBandOf, type AgeBand } from './ticket-age.js';

/**
 * Which tickets: those in the queue in one age band (as many as that band's `count`); those an
 * agent's row counts (opened or resolved in the range, or in the queue; `null` for the tickets
 * without an agent); or those opened in the range (as many as `opened`).
 */
export type HelpDeskGroup = { by: 'age'; band: AgeBand } | { by: 'agent'; agent: string | null } | { by: 'opened' };

export interface HelpDeskMembers {
  /** Ticket ids, in row order. */
  tickets: string[];
  /** The distinct accounts of those tickets, in order of first appearance (a ticket without one adds none). */
  accounts: string[];
}

/** The tickets of `group` and their accounts. An unknown band or agent has none. */
export function helpDeskTickets(table: CrmTable, options: MetricOptions, group: HelpDeskGroup): HelpDeskMembers {
  const scope = createScope(table, options);
  const { tickets, agents, accounts, timeSpan } = table;
  const queueEnd = scope.to;
  const asOf = Number.isFinite(scope.to) ? scope.to : timeSpan.max;
  const band = group.by === 'age' ? AGE_BANDS.indexOf(group.band) : -1;
  // The agent's code: -1 (ABSENT) gathers the tickets without one; an unknown name matches nothing.
  const agent = group.by === 'agent' ? (group.agent === null ? -1 : agents.codeOf(group.agent)) : -1;
  const members: HelpDeskMembers = { tickets: [], accounts: [] };
  if ((group.by === 'age' && band < 0) || (group.by === 'agent' && group.agent !== null && agent < 0)) return members;
  const seen = new Set<number>();
  for (let i = 0; i < tickets.length; i++) {
    const account = tickets.account[i] as number;
    if (!passes(scope, account)) continue;
    const openedAt = tickets.openedAt[i] as number;
    const resolvedAt = tickets.resolvedAt[i] as number;
    const queued = openedAt < queueEnd && !(resolvedAt < queueEnd);
    let keep: boolean;
    if (group.by === 'age') keep = queued && ageBandOf(asOf - openedAt) === band;
    else if (group.by === 'opened') keep = inRange(scope, openedAt);
    else keep = Math.max(-1, tickets.agent[i] as number) === agent && (queued || inRange(scope, openedAt) || inRange(scope, resolvedAt));
    if (!keep) continue;
    members.tickets.push(tickets.id[i] as string);
    if (account >= 0 && !seen.has(account)) {
      seen.add(account);
      members.accounts.push(accounts.ids.values[account] as string);
    }
  }
  return members;
}
