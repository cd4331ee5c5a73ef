export type { CrmErrorDetail, CrmErrorEvent } from './crm-error.js';
export type { CrmDataWarningDetail, CrmDataWarningEvent } from './crm-data-warning.js';
export { emit } from './emit.js';
