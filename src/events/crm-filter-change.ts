import type { DashboardFilters } from '../dashboard/dashboard-context.js';

/** Detail of `crm-filter-change`: a dashboard's filters changed; `filters` holds every one that is set. */
export interface CrmFilterChangeDetail {
  filters: DashboardFilters;
}

export type CrmFilterChangeEvent = CustomEvent<CrmFilterChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-filter-change': CrmFilterChangeEvent;
  }
}
