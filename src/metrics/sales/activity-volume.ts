import { ACTIVITY_TYPES, DIRECTIONS } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import type { ScalarResult } from '../result.js';
import { inRange, passes } from '../scope.js';
import { activityAccount, byCountThenOwner, effectiveOwner, ownerName } from './row-links.js';

export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export interface ActivityVolumeResult extends ScalarResult {
  /** Activities in the range (the scalar value; the `period` series carries it per period). */
  value: number;
  unit: 'count';
  byType: Record<ActivityType, number>;
  byDirection: { inbound: number; outbound: number };
  /** Per owner (the activity's, else its account's; null for none), most first. */
  byOwner: { owner: string | null; count: number }[];
  /** Calls logged, either direction. */
  callsMade: number;
  /** Calls placed by the team. */
  outboundCalls: number;
  /** Inquiries that came in by email or the web site. */
  inboundInquiries: number;
}

const CALL = ACTIVITY_TYPES.indexOf('call');
const EMAIL = ACTIVITY_TYPES.indexOf('email');
const WEB = ACTIVITY_TYPES.indexOf('web');
const INBOUND = DIRECTIONS.indexOf('inbound');
const OUTBOUND = DIRECTIONS.indexOf('outbound');

/**
 * Activity volume (seed 000, "sales calls … calls made by sales executives, outbound calls,
 * sales inquiries via email or websites"): the activities at a time in [from, to), after the
 * segment and owner filters (an activity's account is its own or its deal's; its owner its own,
 * else its account's).
 *
 * `value = activities in range`, a scalar count (no numerator or denominator), with breakdowns
 * by type, direction and owner, calls made (any direction), outbound calls, and inbound inquiries
 * (inbound `email` and `web`). With `period` the engine adds `series`: the count per period.
 * Empty base: 0 everywhere (a count, not a ratio, so never `null`).
 */
export const activityVolume = defineMetric({
  id: 'activity-volume',
  family: 'sales',
  definitions: ['all-activities'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): ActivityVolumeResult {
    const { table } = scope;
    const { activities } = table;
    const types = new Float64Array(ACTIVITY_TYPES.length);
    const directions = new Float64Array(DIRECTIONS.length);
    const none = table.owners.size; // slot of activities without an owner
    const owners = new Float64Array(none + 1);
    let value = 0;
    let outboundCalls = 0;
    let inboundInquiries = 0;
    for (let i = 0; i < activities.length; i++) {
      if (!inRange(scope, activities.at[i] as number)) continue;
      const account = activityAccount(table, i);
      const ownOwner = activities.owner[i] as number;
      if (!passes(scope, account, ownOwner)) continue;
      value++;
      const type = activities.type[i] as number;
      const direction = activities.direction[i] as number;
      (types[type] as number)++;
      (directions[direction] as number)++;
      const owner = effectiveOwner(table, account, ownOwner);
      (owners[owner >= 0 ? owner : none] as number)++;
      if (type === CALL && direction === OUTBOUND) outboundCalls++;
      if (direction === INBOUND && (type === EMAIL || type === WEB)) inboundInquiries++;
    }
    const byType = Object.fromEntries(ACTIVITY_TYPES.map((type, t) => [type, types[t] as number])) as Record<ActivityType, number>;
    const byOwner = Array.from(owners, (count, code) => ({ owner: code === none ? null : ownerName(table, code), count }))
      .filter((row) => row.count > 0)
      .sort(byCountThenOwner);
    return {
      value,
      unit: 'count',
      definition,
      byType,
      byDirection: { inbound: directions[INBOUND] as number, outbound: directions[OUTBOUND] as number },
      byOwner,
      callsMade: types[CALL] as number,
      outboundCalls,
      inboundInquiries,
    };
  },
});
