/** Detail of `crm-error`: the element shows its error state with `message`. */
export interface CrmErrorDetail {
  message: string;
  error: Error;
}

export type CrmErrorEvent = CustomEvent<CrmErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-error': CrmErrorEvent;
  }
}
