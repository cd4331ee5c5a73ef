/**
 * The deals behind a campaign's row of `campaign-roi` and the accounts behind a group of
 * `control-lift`: what a `crm-select` on them hands to the rest of a dashboard. Same options
 * as the metrics, so the ids are exactly those the figures count.
 */
import { GROUPS, OUTCOME, type CrmTable } from '../../table/index.js';
import type { MetricOptions } from '../options.js';
import { createScope, inRange, passes } from '../scope.js';

/**
 * Ids of the deals attributed to campaign `campaignId` that its row counts: created in
 * [from, to) (its `deals`) or won with `closedAt` in it (its `won`), after the segment and owner
 * filters; in deal order. An unknown campaign has none.
 */
export function campaignDeals(table: CrmTable, options: MetricOptions, campaignId: string): string[] {
  const scope = createScope(table, options);
  const { deals } = table;
  const campaign = table.campaigns.ids.codeOf(campaignId);
  const ids: string[] = [];
  if (campaign < 0 || campaign >= table.campaigns.length) return ids;
  for (let i = 0; i < deals.length; i++) {
    if (deals.campaign[i] !== campaign || !passes(scope, deals.account[i] as number, deals.owner[i])) continue;
    const won = deals.outcome[i] === OUTCOME.won && inRange(scope, deals.closedAt[i] as number);
    if (won || inRange(scope, deals.createdAt[i] as number)) ids.push(deals.ids.values[i] as string);
  }
  return ids;
}

/**
 * Ids of the accounts of `group` that `control-lift` counts: marked with that group, created in
 * [from, to) (any time when the range is open), passing the segment and owner filters; in
 * account order. As many as the group's `accounts`.
 *
 * @throws RangeError for a group other than `test` or `control`.
 */
export function liftGroupAccounts(table: CrmTable, options: MetricOptions, group: (typeof GROUPS)[number]): string[] {
  const scope = createScope(table, options);
  const { accounts } = table;
  const code = GROUPS.indexOf(group);
  if (code < 0) throw new RangeError(`unknown group: ${JSON.stringify(group)} (expected "test" or "control")`);
  const ids: string[] = [];
  for (let a = 0; a < accounts.declared; a++) {
    if (accounts.group[a] === code && inRange(scope, accounts.createdAt[a] as number) && passes(scope, a)) ids.push(accounts.ids.values[a] as string);
  }
  return ids;
}
