/**
 * The customers of one result as the element draws them: the engine's values in columns, each
 * customer's group now (the engine's, or re-classified while a threshold line moves), and what
 * is derived from them on first need — revenue per customer and the groups' figures.
 */
import type { RelationshipGroup, RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import { classify, customerColumns, groupFigures, type CustomerColumns, type GroupFigures, type Thresholds } from './grid-classify.js';

export class GridCustomers {
  readonly result: RelationshipGroupsResult;
  readonly columns: CustomerColumns;
  /** Each customer's group index as drawn now. */
  readonly groups: Uint8Array;
  /** Bumped whenever `groups` changes, so that the drawing knows when to redraw. */
  version: number;
  /** The thresholds `groups` were classified at; null: the engine's. */
  #draft: Thresholds | null = null;
  #revenue: Float64Array | null = null;
  #figures: { version: number; value: Record<RelationshipGroup, GroupFigures> } | null = null;

  constructor(result: RelationshipGroupsResult, version: number) {
    this.result = result;
    this.columns = customerColumns(result);
    this.groups = this.columns.group.slice();
    this.version = version;
  }

  /** Place the customers at `draft` thresholds, or back in the engine's groups for null. */
  classify(draft: Thresholds | null): void {
    if (draft) classify(this.columns, draft, this.groups);
    else this.groups.set(this.columns.group);
    this.#draft = draft;
    this.version++;
  }

  /** Revenue per customer, computed once by `derive` when first needed (the figures while dragging, the CSV). */
  revenue(derive: () => Float64Array | null): Float64Array | null {
    this.#revenue ??= derive();
    return this.#revenue;
  }

  /** The groups' figures as drawn now: the engine's, or summed here at a draft's thresholds. */
  figures(derive: () => Float64Array | null): Readonly<Record<RelationshipGroup, GroupFigures>> {
    if (!this.#draft) return this.result.groups;
    if (this.#figures?.version !== this.version) {
      const revenue = this.revenue(derive) ?? new Float64Array(this.groups.length);
      this.#figures = { version: this.version, value: groupFigures(this.groups, revenue) };
    }
    return this.#figures.value;
  }
}
