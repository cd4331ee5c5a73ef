export type { CrmErrorDetail, CrmErrorEvent } from './crm-error.js';
export type { CrmDataWarningDetail, CrmDataWarningEvent } from './crm-data-warning.js';
export type { CrmRenderDetail, CrmRenderEvent } from './crm-render.js';
export type { CrmSelectDetail, CrmSelectEvent } from './crm-select.js';
export type { CrmFilterChangeDetail, CrmFilterChangeEvent } from './crm-filter-change.js';
export type { CrmThresholdChangeDetail, CrmThresholdChangeEvent } from './crm-threshold-change.js';
export { emit } from './emit.js';
