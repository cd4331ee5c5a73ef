/**
 * Detail of `crm-select`: a person selected a mark (a funnel stage, a cohort cell, a quadrant).
 * `ids` are the deals or accounts behind it, so a dashboard can cross-filter other elements.
 * A cleared selection (Escape) fires with `key: null` and empty ids.
 */
export interface CrmSelectDetail {
  /** What was selected, in the element's terms: a stage name, `2024-01-01/3`, a quadrant. */
  key: string | null;
  /** Which table the ids belong to. */
  table: 'deals' | 'accounts';
  ids: readonly string[];
}

export type CrmSelectEvent = CustomEvent<CrmSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-select': CrmSelectEvent;
  }
}
