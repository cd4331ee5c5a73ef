/**
 * The kit's `crm-*` events as React props: each constant is named after its prop
 * (`onCrmSelect`) and holds its DOM event name (`'crm-select'`), typed with the event it
 * carries, so a handler's `event.detail` is typed. `wrap` (wrap.ts) takes a shorthand object of
 * them: `{ onCrmSelect, onCrmThresholdChange }`.
 */
import type { EventName } from '@lit/react';
import type {
  CrmDataWarningEvent,
  CrmErrorEvent,
  CrmFilterChangeEvent,
  CrmRenderEvent,
  CrmSelectEvent,
  CrmThresholdChangeEvent,
} from '../events/index.js';

/** `crm-select`: a person selected a mark; `detail.ids` are the deals or accounts behind it. */
export const onCrmSelect = 'crm-select' as EventName<CrmSelectEvent>;
/** `crm-error`: the element shows its error state; `detail.message` says why. */
export const onCrmError = 'crm-error' as EventName<CrmErrorEvent>;
/** `crm-data-warning`: rows were left out; `detail.problems` lists every one. */
export const onCrmDataWarning = 'crm-data-warning' as EventName<CrmDataWarningEvent>;
/** `crm-filter-change`: a dashboard's filters changed. */
export const onCrmFilterChange = 'crm-filter-change' as EventName<CrmFilterChangeEvent>;
/** `crm-threshold-change`: a threshold of a quadrant chart was moved. */
export const onCrmThresholdChange = 'crm-threshold-change' as EventName<CrmThresholdChangeEvent>;

/** `crm-render` typed with the result the element draws (its `result` property). */
export type RenderEventName<Element extends { readonly result: unknown }> = EventName<CrmRenderEvent<NonNullable<Element['result']>>>;

/**
 * The events every chart element fires (the shared CrmElement base fires them): `crm-render`
 * with its own result type, `crm-error` and `crm-data-warning`.
 */
export function chartEvents<Element extends { readonly result: unknown }>(): {
  onCrmRender: RenderEventName<Element>;
  onCrmError: typeof onCrmError;
  onCrmDataWarning: typeof onCrmDataWarning;
} {
  return { onCrmRender: 'crm-render' as RenderEventName<Element>, onCrmError, onCrmDataWarning };
}
