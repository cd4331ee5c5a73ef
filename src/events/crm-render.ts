/** Detail of `crm-render`: fired after every draw of data, with what was drawn. */
export interface CrmRenderDetail<Result = unknown> {
  result: Result;
}

export type CrmRenderEvent<Result = unknown> = CustomEvent<CrmRenderDetail<Result>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-render': CrmRenderEvent;
  }
}
