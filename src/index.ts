/**
 * `crm-kit`: element classes, controllers and types. Importing this module registers nothing;
 * import `crm-kit/all` or an element's own entry (`crm-kit/elements/<name>`) to define tags.
 */
export type * from './schema/index.js';
export type * from './table/index.js';
export * from './controllers/index.js';
export * from './sources/index.js';
export * from './events/index.js';
export { CrmElement } from './elements/shared/crm-element.js';
export { CrmFunnel } from './elements/funnel/funnel.js';
export { CrmDashboard } from './elements/dashboard/dashboard.js';
export { CrmFilters } from './elements/filters/filters.js';
export { dashboardContext, type DashboardContext, type DashboardFilters, type DashboardSelection, type InheritedData } from './dashboard/dashboard-context.js';
export { formatters, type Formatters } from './format/formatters.js';
export { TOKENS, type TokenName } from './themes/tokens.js';
