import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';

export const FCR_DEFINITIONS = ['over-resolved', 'over-all'] as const;
export type FcrDefinition = (typeof FCR_DEFINITIONS)[number];

/** A ticket resolved after at most this many contacts was resolved at first contact. */
export const FIRST_CONTACT = 1;

/** Whether ticket `i` is resolved (at any time) and took at most one contact. */
export function isFirstContactResolution(scope: MetricScope, i: number): boolean {
  const { resolvedAt, contacts } = scope.table.tickets;
  return !Number.isNaN(resolvedAt[i] as number) && (contacts[i] as number) <= FIRST_CONTACT;
}

/** The FCR of a scope in one definition (shared with `help-desk`). */
export function firstContactResolution(scope: MetricScope, definition: FcrDefinition): ScalarResult {
  const { tickets } = scope.table;
  // Each base is selected by its own time column: resolution time for resolved, opening for all.
  const time = definition === 'over-resolved' ? tickets.resolvedAt : tickets.openedAt;
  let base = 0;
  let firstContact = 0;
  for (let i = 0; i < tickets.length; i++) {
    if (!inRange(scope, time[i] as number)) continue;
    if (!passes(scope, tickets.account[i] as number)) continue;
    base++;
    if (isFirstContactResolution(scope, i)) firstContact++;
  }
  return ratioResult(firstContact, base, definition);
}

/**
 * First contact resolution (FCR), in the two definitions practitioners use:
 *
 * - `over-resolved` (default): of the tickets resolved in [from, to) (selected by
 *   `resolvedAt`), the share resolved with one contact (`contacts ≤ 1`). Open tickets do not
 *   count: the rate says how often a solved issue took one interaction.
 * - `over-all`: of all tickets opened in [from, to) (selected by `openedAt`), the share
 *   resolved — so far, at any time in the data — with one contact. Tickets still open count
 *   in the base, so a young period's rate rises as its tickets are resolved.
 *
 * Tickets have no owner of their own: segment and owner filters go through the account, and
 * a ticket without an account passes no filter. Seed 003 (§6, "success rate for first
 * contact resolution"). Empty base: `null`.
 */
export const firstContactResolutionMetric = defineMetric({
  id: 'first-contact-resolution',
  family: 'service',
  definitions: FCR_DEFINITIONS,
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): ScalarResult {
    return firstContactResolution(scope, definition as FcrDefinition);
  },
});
