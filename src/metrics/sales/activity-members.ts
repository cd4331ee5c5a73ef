/**
 * The accounts behind a mark of `<crm-activity>`: a period's or an owner's activities, the
 * inquiries of a response-time band. What a `crm-select` hands to the rest of a dashboard, under
 * the same options as `activity-volume` and `response-time`, so they are the rows those count.
 */
import { ABSENT, ACTIVITY_TYPES, DIRECTIONS, type CrmTable } from '../../table/index.js';
import type { MetricOptions } from '../options.js';
import { createScope, inRange, passes } from '../scope.js';
import { firstAtOrAfter, replyIndex } from './reply-index.js';
import { RESPONSE_BANDS, type ResponseBand } from './response-time.js';
import { activityAccount, effectiveOwner } from './row-links.js';

const INBOUND = DIRECTIONS.indexOf('inbound');
const INQUIRY_TYPES = (['email', 'web', 'chat', 'call'] as const).map((t) => ACTIVITY_TYPES.indexOf(t));
/** Upper ends of the timed bands in hours, as `response-time` states them; an end is in the slower band. */
const BAND_ENDS_HOURS = [1, 24, 72];
const MS_PER_HOUR = 3_600_000;

/** Distinct account ids of `rows` (activity rows), in account order; rows without an account add none. */
function accountsOf(table: CrmTable, rows: readonly number[]): string[] {
  const seen = new Uint8Array(table.accounts.length);
  for (const i of rows) {
    const a = activityAccount(table, i);
    if (a >= 0) seen[a] = 1;
  }
  const ids: string[] = [];
  for (let a = 0; a < seen.length; a++) if (seen[a]) ids.push(table.accounts.ids.values[a] as string);
  return ids;
}

/**
 * Rows of the activities `activity-volume` counts under `options`; with `owner`, only that
 * owner's (the activity's own, else its account's; `null` for activities with neither).
 */
export function activityRows(table: CrmTable, options: MetricOptions, owner?: string | null): number[] {
  const scope = createScope(table, options);
  const { activities } = table;
  const code = owner === undefined ? undefined : owner === null ? ABSENT : table.owners.codeOf(owner);
  const rows: number[] = [];
  // An owner nobody is matches nothing, not the activities without an owner.
  if (owner && code === ABSENT) return rows;
  for (let i = 0; i < activities.length; i++) {
    if (!inRange(scope, activities.at[i] as number)) continue;
    const account = activityAccount(table, i);
    const own = activities.owner[i] as number;
    if (!passes(scope, account, own)) continue;
    if (code !== undefined && effectiveOwner(table, account, own) !== code) continue;
    rows.push(i);
  }
  return rows;
}

/** The accounts of `activityRows(table, options, owner)`. */
export function activityAccounts(table: CrmTable, options: MetricOptions, owner?: string | null): string[] {
  return accountsOf(table, activityRows(table, options, owner));
}

/**
 * Rows of the inbound inquiries `response-time` puts in `band` under `options` (definition
 * `all-inquiries` or `new-inquiries`): as many as that band's `inquiries`.
 */
export function responseBandRows(table: CrmTable, options: MetricOptions, band: ResponseBand): number[] {
  const wanted = RESPONSE_BANDS.indexOf(band);
  if (wanted < 0) throw new RangeError(`unknown response band: ${JSON.stringify(band)} (expected one of ${RESPONSE_BANDS.map((b) => JSON.stringify(b)).join(', ')})`);
  const scope = createScope(table, options);
  const newOnly = options.definition === 'new-inquiries';
  const { activities } = table;
  const index = replyIndex(table);
  const rows: number[] = [];
  for (let i = 0; i < activities.length; i++) {
    if (activities.direction[i] !== INBOUND || !INQUIRY_TYPES.includes(activities.type[i] as number)) continue;
    const at = activities.at[i] as number;
    if (!inRange(scope, at)) continue;
    const account = activityAccount(table, i);
    if (!passes(scope, account, activities.owner[i])) continue;
    const deal = activities.deal[i] as number;
    if (newOnly && deal >= 0) continue;
    const reply = deal >= 0 ? firstAtOrAfter(index.outboundByDeal, deal, at) : account >= 0 ? firstAtOrAfter(index.outboundByAccount, account, at) : NaN;
    const hours = (reply - at) / MS_PER_HOUR;
    const b = Number.isNaN(reply) ? RESPONSE_BANDS.length - 1 : BAND_ENDS_HOURS.findIndex((end) => hours < end);
    if ((b < 0 ? BAND_ENDS_HOURS.length : b) === wanted) rows.push(i);
  }
  return rows;
}

/** The accounts of `responseBandRows(table, options, band)`. */
export function responseBandAccounts(table: CrmTable, options: MetricOptions, band: ResponseBand): string[] {
  return accountsOf(table, responseBandRows(table, options, band));
}
