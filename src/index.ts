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
export { CrmRelationshipGrid } from './elements/relationship-grid/relationship-grid.js';
export { CrmCohortChurn, type CohortChurnResult } from './elements/cohort-churn/cohort-churn.js';
export { CrmCampaignRoi, type CampaignRoiView } from './elements/campaign-roi/campaign-roi.js';
export { CrmActivity, type ActivityView } from './elements/activity/activity.js';
export { CrmKpi } from './elements/kpi/kpi.js';
export type { KpiResult } from './elements/kpi/kpi-compute.js';
export { CrmSalesCycle } from './elements/sales-cycle/sales-cycle.js';
export { CrmAtRisk } from './elements/at-risk/at-risk.js';
export { CrmLifetimeValue, type LifetimeValueView } from './elements/lifetime-value/lifetime-value.js';
export { CrmSatisfaction } from './elements/satisfaction/satisfaction.js';
export type { SatisfactionView } from './elements/satisfaction/satisfaction-compute.js';
export { CrmService, type ServiceSelectDetail, type ServiceView } from './elements/service/service.js';
export { CrmDashboard } from './elements/dashboard/dashboard.js';
export { CrmFilters } from './elements/filters/filters.js';
export { dashboardContext, type DashboardContext, type DashboardFilters, type DashboardSelection, type InheritedData } from './dashboard/dashboard-context.js';
export { formatters, type Formatters } from './format/formatters.js';
export { TOKENS, type TokenName } from './themes/tokens.js';
export type { CrmAdapter, CrmAdapterListener } from './adapters/protocol.js';
