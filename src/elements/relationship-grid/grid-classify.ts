/**
 * The grid's quadrants computed in the element, from the engine's per-customer values: while a
 * threshold line is dragged the customers are placed again here, every frame, for the colours
 * and figures the person sees; on release the element sets the threshold and the engine
 * computes the result again. The rule is the engine's (src/metrics/customers/
 * relationship-groups.ts): a value equal to its threshold counts as high, and the group index
 * is 2 × loyal + profitable.
 */
import type { RelationshipGroup, RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import { ratio } from '../../metrics/result.js';

/** The groups by index (2 × loyal + profitable), as the engine numbers them. */
export const GROUPS: readonly RelationshipGroup[] = ['strangers', 'butterflies', 'barnacles', 'true-friends'];

/** The result's customers as columns: what drawing and re-classifying 100k customers read. */
export interface CustomerColumns {
  readonly ids: readonly string[];
  readonly loyalty: Float64Array;
  readonly profitability: Float64Array;
  /** The engine's group of each customer, as an index into {@link GROUPS}. */
  readonly group: Uint8Array;
}

export interface Thresholds {
  loyalty: number;
  profitability: number;
}

export interface GroupFigures {
  count: number;
  /** Net revenue of the group's customers. */
  revenue: number;
  /** Share of all customers' revenue; null when that total is ≤ 0. */
  share: number | null;
}

/** Columns a result arrived in from the worker (relationship-grid-wire.ts): read, never written. */
const arrivedColumns = new WeakMap<RelationshipGroupsResult, CustomerColumns>();

/** `columns` are `result`'s customers as columns, so that `customerColumns` need not collect them again. */
export function rememberColumns(result: RelationshipGroupsResult, columns: CustomerColumns): void {
  arrivedColumns.set(result, columns);
}

export function customerColumns(result: RelationshipGroupsResult): CustomerColumns {
  const arrived = arrivedColumns.get(result);
  if (arrived) return arrived;
  const n = result.customers.length;
  const ids = new Array<string>(n);
  const loyalty = new Float64Array(n);
  const profitability = new Float64Array(n);
  const group = new Uint8Array(n);
  const index = new Map(GROUPS.map((g, i) => [g, i]));
  result.customers.forEach((c, i) => {
    ids[i] = c.accountId;
    loyalty[i] = c.loyalty;
    profitability[i] = c.profitability;
    group[i] = index.get(c.group) ?? 0;
  });
  return { ids, loyalty, profitability, group };
}

/** Each customer's group index at `thresholds`, written into `out` (reused between drag frames). */
export function classify(columns: CustomerColumns, thresholds: Thresholds, out: Uint8Array = new Uint8Array(columns.loyalty.length)): Uint8Array {
  const { loyalty, profitability } = columns;
  const lt = thresholds.loyalty;
  const pt = thresholds.profitability;
  for (let i = 0; i < loyalty.length; i++) out[i] = (loyalty[i]! >= lt ? 2 : 0) + (profitability[i]! >= pt ? 1 : 0);
  return out;
}

/** Count, revenue and revenue share per group, summed in customer order as the engine sums. */
export function groupFigures(groups: Uint8Array, revenue: Float64Array): Record<RelationshipGroup, GroupFigures> {
  const counts = [0, 0, 0, 0];
  const revenues = [0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    counts[g]!++;
    revenues[g]! += revenue[i]!;
    total += revenue[i]!;
  }
  const figures = (g: number): GroupFigures => ({ count: counts[g]!, revenue: revenues[g]!, share: ratio(revenues[g]!, total) });
  return { strangers: figures(0), butterflies: figures(1), barnacles: figures(2), 'true-friends': figures(3) };
}

/**
 * The quadrant an arrow key leads to from quadrant `from`, as they lie on screen: right is more
 * loyal, up more profitable; undefined for any other key.
 */
export function quadrantToward(from: number, key: string): number | undefined {
  const moves: Record<string, number> = { ArrowRight: from | 2, ArrowLeft: from & 1, ArrowUp: from | 1, ArrowDown: from & 2 };
  return moves[key];
}

/** The ids of the customers in group `g`. */
export function idsInGroup(columns: CustomerColumns, groups: Uint8Array, g: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < groups.length; i++) if (groups[i] === g) ids.push(columns.ids[i]!);
  return ids;
}
