import { defineMetric } from '../metric-module.js';
import { numberOption, oneOf, type MetricOptions } from '../options.js';
import { ratio } from '../result.js';
import { medianInPlace } from './customer-activity-median.js';
import { relationshipAxes, type LoyaltyAxis, type ProfitabilityAxis, type ProfitabilityPer } from './relationship-axes.js';

export type RelationshipGroup = 'strangers' | 'butterflies' | 'barnacles' | 'true-friends';

/**
 * What to do with each group: seed 003 ("Building right customer with right time"), after
 * Reinartz & Kumar, "The Mismanagement of Customer Loyalty", Harvard Business Review, July 2002.
 */
export const RELATIONSHIP_STRATEGIES: Readonly<Record<RelationshipGroup, string>> = {
  strangers: 'Invest nothing in the relationship: their needs do not fit the offer, so make a profit on every transaction or let them go.',
  butterflies: 'Enjoy them while they last: make profitable, satisfying transactions quickly, and stop investing in them once they lose money.',
  barnacles: 'Sell more to them (up-sell, cross-sell, higher fees) or lower the cost of serving them; let go of those who cannot be made profitable.',
  'true-friends': 'Keep investing in the relationship: delight them, communicate consistently, and turn true friends into true believers who come back and spread the word.',
};

/** Index = 2 × loyal + profitable. */
const GROUPS: readonly RelationshipGroup[] = ['strangers', 'butterflies', 'barnacles', 'true-friends'];

export interface RelationshipGroupSummary {
  count: number;
  /** The group's net revenue in [from, to). */
  revenue: number;
  /** Its share of all customers' revenue; null when that is ≤ 0. */
  share: number | null;
  strategy: string;
}

export interface RelationshipGroupsResult {
  /** The splits: a value equal to a threshold counts as high. Null without customers (and no fixed value). */
  thresholds: { loyalty: number | null; profitability: number | null };
  /** What the axes measure: `auto` resolved to the profitability measure used. */
  axes: { loyalty: LoyaltyAxis; profitability: ProfitabilityAxis; per: ProfitabilityPer };
  customers: { accountId: string; loyalty: number; profitability: number; group: RelationshipGroup }[];
  groups: Record<RelationshipGroup, RelationshipGroupSummary>;
}

function thresholdOf(values: Float64Array, rule: 'median' | 'mean', fixed: number | undefined): number | null {
  if (fixed !== undefined) return fixed;
  if (values.length === 0) return null;
  if (rule === 'median') return medianInPlace(values.slice());
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

const fixedOption = (name: string, value: unknown) => (value === undefined ? undefined : numberOption('relationship-groups', name, value, 0));

/**
 * Customer relationship groups (seed 003's grid, after Reinartz & Kumar 2002): each customer —
 * an account with a purchase in [from, to), or a won deal closed in it for a dataset without
 * orders — placed by loyalty and profitability against a threshold on each axis:
 *
 * - strangers: low loyalty, low profitability; butterflies: profitable, not loyal; barnacles:
 *   loyal, not profitable; true friends: both. A value equal to its threshold counts as high.
 * - `loyalty: 'tenure'` (default): months (of 30.436875 days) from the first purchase ever to
 *   the last interaction before `to` (order, activity, ticket, survey); `'regularity'`: the
 *   share of calendar months, from the first purchase's through the as-of month (`to`, or the
 *   data's end), with a purchase.
 * - `profitability: 'auto'` (default): `margin` (Σ amount − cost of the orders in range) when
 *   every purchase in scope has a cost, else `revenue` (net revenue in range); `'margin'` throws
 *   when a cost is missing. `per: 'year'` divides by the years of tenure inside the range
 *   (first purchase, or `from`, to the last interaction; at least one month).
 * - `threshold: 'median'` (default) or `'mean'` of the customers' values; `loyaltyThreshold` /
 *   `profitabilityThreshold` fix a number instead.
 *
 * Each group: count, net revenue, revenue share (null when total revenue ≤ 0) and strategy.
 * Empty base (no customer): empty groups, thresholds null.
 */
export const relationshipGroups = defineMetric({
  id: 'relationship-groups',
  family: 'customers',
  definitions: ['reinartz-kumar'],
  options: ['loyalty', 'profitability', 'per', 'threshold', 'loyaltyThreshold', 'profitabilityThreshold'],
  kind: 'rich',
  compute(scope, options: Readonly<MetricOptions>): RelationshipGroupsResult {
    const loyaltyAxis = oneOf('relationship-groups', 'loyalty', options.loyalty, ['tenure', 'regularity'] as const);
    const profitability = oneOf('relationship-groups', 'profitability', options.profitability, ['auto', 'margin', 'revenue'] as const);
    const per = oneOf('relationship-groups', 'per', options.per, ['total', 'year'] as const);
    const rule = oneOf('relationship-groups', 'threshold', options.threshold, ['median', 'mean'] as const);
    const fixedLoyalty = fixedOption('loyaltyThreshold', options.loyaltyThreshold);
    const fixedProfitability = fixedOption('profitabilityThreshold', options.profitabilityThreshold);

    const axes = relationshipAxes(scope, { loyalty: loyaltyAxis, profitability, per });
    const thresholds = { loyalty: thresholdOf(axes.loyalty, rule, fixedLoyalty), profitability: thresholdOf(axes.profitability, rule, fixedProfitability) };
    const counts = new Int32Array(4);
    const revenues = new Float64Array(4);
    let total = 0;
    const ids = scope.table.accounts.ids.values;
    const customers = Array.from(axes.customers, (a, j) => {
      const loyalty = axes.loyalty[j]!;
      const value = axes.profitability[j]!;
      const g = (loyalty >= thresholds.loyalty! ? 2 : 0) + (value >= thresholds.profitability! ? 1 : 0);
      counts[g]!++;
      revenues[g]! += axes.revenue[j]!;
      total += axes.revenue[j]!;
      return { accountId: ids[a]!, loyalty, profitability: value, group: GROUPS[g]! };
    });
    const summary = (g: number): RelationshipGroupSummary => ({ count: counts[g]!, revenue: revenues[g]!, share: ratio(revenues[g]!, total), strategy: RELATIONSHIP_STRATEGIES[GROUPS[g]!] });
    return {
      thresholds,
      axes: { loyalty: loyaltyAxis, profitability: axes.profitabilityAxis, per },
      customers,
      groups: { strangers: summary(0), butterflies: summary(1), barnacles: summary(2), 'true-friends': summary(3) },
    };
  },
});
