import { GROUPS, OUTCOME } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratio } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';

const TEST = GROUPS.indexOf('test');
const CONTROL = GROUPS.indexOf('control');

export interface LiftGroup {
  /** Accounts of the group in scope. */
  accounts: number;
  /** Of them, accounts with a won deal. */
  converted: number;
  /** converted / accounts; null for an empty group. */
  conversion: number | null;
  /** Their won deal amounts plus their order amounts (refunds lower it). */
  revenue: number;
  /** revenue / accounts; null for an empty group. */
  revenuePerAccount: number | null;
}

export interface ControlLiftResult {
  test: LiftGroup;
  control: LiftGroup;
  lift: {
    /** test − control conversion (a difference of fractions); null when either group is empty. */
    conversion: number | null;
    /** test − control revenue per account; null when either group is empty. */
    revenuePerAccount: number | null;
    /** test / control conversion − 1; null when either group is empty or control converted none. */
    relativeConversion: number | null;
  };
}

function group(accounts: number, converted: number, revenue: number): LiftGroup {
  return { accounts, converted, conversion: ratio(converted, accounts), revenue, revenuePerAccount: ratio(revenue, accounts) };
}

const add = (tally: Float64Array, g: number, value: number) => {
  tally[g] = (tally[g] as number) + value;
};

/** The group of an account row in scope, -1 for none (or for no account at all). */
const memberOf = (member: Int8Array, account: number) => (account >= 0 ? (member[account] as number) : -1);

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Lift of a marketing treatment over its control group: accounts marked `group: 'test'`
 * against those marked `'control'`.
 *
 * In scope: accounts of either group created in [from, to) (all when the range is open),
 * passing the segment and owner filters by their own segment and owner. Each is followed to the
 * end of the data: `converted` if it has a won deal at any time, `revenue` its won deal amounts
 * plus its order amounts (refunds negative). Per group `conversion = converted / accounts` and
 * `revenuePerAccount = revenue / accounts`; `lift` is test minus control, and
 * `relativeConversion = test conversion / control conversion − 1`. `period` does not apply:
 * the groups are the grouping.
 *
 * Seed 003 ("comparing its acquisition test results with the control groups"). Empty group:
 * its ratios and every lift that needs it are `null`.
 */
export function controlLift(scope: MetricScope): ControlLiftResult {
  const { accounts, deals, orders } = scope.table;
  // Group of each account in scope, -1 for the others; only declared accounts carry a group.
  const member = new Int8Array(accounts.length).fill(-1);
  const size = new Float64Array(2);
  for (let a = 0; a < accounts.declared; a++) {
    const g = accounts.group[a] as number;
    if ((g !== TEST && g !== CONTROL) || !inRange(scope, accounts.createdAt[a] as number) || !passes(scope, a)) continue;
    member[a] = g;
    add(size, g, 1);
  }
  const revenue = new Float64Array(2);
  const won = new Uint8Array(accounts.length);
  for (let i = 0; i < deals.length; i++) {
    const g = memberOf(member, deals.account[i] as number);
    if (g < 0 || deals.outcome[i] !== OUTCOME.won) continue;
    won[deals.account[i] as number] = 1;
    add(revenue, g, deals.amount[i] as number);
  }
  for (let i = 0; i < orders.length; i++) {
    const g = memberOf(member, orders.account[i] as number);
    if (g >= 0) add(revenue, g, orders.amount[i] as number);
  }
  const converted = new Float64Array(2);
  for (let a = 0; a < won.length; a++) if (won[a]) add(converted, member[a] as number, 1);
  const test = group(size[TEST] as number, converted[TEST] as number, revenue[TEST] as number);
  const control = group(size[CONTROL] as number, converted[CONTROL] as number, revenue[CONTROL] as number);
  const relative = ratio(test.conversion ?? NaN, control.conversion ?? NaN);
  return {
    test,
    control,
    lift: {
      conversion: difference(test.conversion, control.conversion),
      revenuePerAccount: difference(test.revenuePerAccount, control.revenuePerAccount),
      relativeConversion: relative === null ? null : relative - 1,
    },
  };
}

export const controlLiftMetric = defineMetric({
  id: 'control-lift',
  family: 'marketing',
  definitions: ['test-minus-control'],
  options: [],
  kind: 'rich',
  compute: (scope): ControlLiftResult => controlLift(scope),
});
