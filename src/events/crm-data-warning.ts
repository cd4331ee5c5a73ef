import type { DatasetProblem } from '../schema/index.js';

/** Detail of `crm-data-warning`: rows were left out of the metrics; every one is listed. */
export interface CrmDataWarningDetail {
  problems: readonly DatasetProblem[];
  /** Rows given and kept per table. */
  rows: Readonly<Record<string, { given: number; kept: number }>>;
}

export type CrmDataWarningEvent = CustomEvent<CrmDataWarningDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'crm-data-warning': CrmDataWarningEvent;
  }
}
