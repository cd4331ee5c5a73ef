import type { RelationshipGroup } from '../metrics/customers/relationship-groups.js';

/**
 * Detail of `crm-threshold-change`: a person moved a threshold of a quadrant chart (dragged its
 * line and let go, or moved it with the keyboard) and the element now splits at `value`.
 */
export interface CrmThresholdChangeDetail {
  /** Which threshold moved. */
  axis: 'loyalty' | 'profitability';
  /** The new threshold, in the axis's units (months, a share of months, money). */
  value: number;
  /** Customers in each group with the new threshold (the other threshold unchanged). */
  counts: Readonly<Record<RelationshipGroup, number>>;
}

export type CrmThresholdChangeEvent = CustomEvent<CrmThresholdChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-threshold-change': CrmThresholdChangeEvent;
  }
}
