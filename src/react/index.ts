/**
 * `crm-kit/react`: every crm element as a React component, made with @lit/react. Properties go
 * in as props (`data={dataset}` reaches the element as the object it is), the `crm-*` events
 * come out as `onCrm…` props with typed `event.detail`, and `ref` gives the element itself
 * (`ref.current.result`, `ref.current.toCSV()`). Importing this module registers every tag.
 *
 * ```tsx
 * import { CrmDashboard, CrmFunnel } from 'crm-kit/react';
 *
 * <CrmDashboard data={dataset} locale="de-DE">
 *   <CrmFunnel mode={mode} onCrmSelect={(event) => setDeals(event.detail.ids)} />
 * </CrmDashboard>
 * ```
 *
 * `react` and `@lit/react` are optional peer dependencies of crm-kit: only this entry imports them.
 *
 * Adding an element is one line below; test/frameworks/react-wrappers.test.ts fails for any
 * element of custom-elements.json without one, or without a prop for one of its events.
 */
import { CrmActivity as ActivityElement } from '../elements/activity/define.js';
import { CrmCampaignRoi as CampaignRoiElement } from '../elements/campaign-roi/define.js';
import { CrmCohortChurn as CohortChurnElement } from '../elements/cohort-churn/define.js';
import { CrmDashboard as DashboardElement } from '../elements/dashboard/define.js';
import { CrmFilters as FiltersElement } from '../elements/filters/define.js';
import { CrmFunnel as FunnelElement } from '../elements/funnel/define.js';
import { CrmKpi as KpiElement } from '../elements/kpi/define.js';
import { CrmRelationshipGrid as RelationshipGridElement } from '../elements/relationship-grid/define.js';
import { CrmSalesCycle as SalesCycleElement } from '../elements/sales-cycle/define.js';
import { CrmLifetimeValue as LifetimeValueElement } from '../elements/lifetime-value/define.js';
import { CrmSatisfaction as SatisfactionElement } from '../elements/satisfaction/define.js';
import { CrmService as ServiceElement } from '../elements/service/define.js';
import { CrmAtRisk as AtRiskElement } from '../elements/at-risk/define.js';
import { chartEvents, onCrmDataWarning, onCrmError, onCrmFilterChange, onCrmSelect, onCrmThresholdChange } from './react-events.js';
import { wrap } from './wrap.js';

/**
 * `<crm-dashboard>`: one dataset, shared filters and cross-filtering for the elements inside.
 * `onCrmSelect` hears a selection made in any element inside it (the event bubbles).
 */
export const CrmDashboard = wrap('crm-dashboard', DashboardElement, { onCrmFilterChange, onCrmError, onCrmDataWarning, onCrmSelect });
/** `<crm-filters>`: your own filter bar for a dashboard (put it in the `filters` slot). */
export const CrmFilters = wrap('crm-filters', FiltersElement, {});
/** `<crm-funnel>`: pipeline stages, conversion, drop-off and time in stage. */
export const CrmFunnel = wrap('crm-funnel', FunnelElement, { ...chartEvents<FunnelElement>(), onCrmSelect });
/** `<crm-cohort-churn>`: cohort retention heatmap with churn and renewal rate. */
export const CrmCohortChurn = wrap('crm-cohort-churn', CohortChurnElement, { ...chartEvents<CohortChurnElement>(), onCrmSelect });
/** `<crm-relationship-grid>`: loyalty × profitability quadrants with movable thresholds. */
export const CrmRelationshipGrid = wrap('crm-relationship-grid', RelationshipGridElement, { ...chartEvents<RelationshipGridElement>(), onCrmSelect, onCrmThresholdChange });
/** `<crm-kpi>`: one scalar metric with its change and sparkline. */
export const CrmKpi = wrap('crm-kpi', KpiElement, chartEvents<KpiElement>());
/** `<crm-campaign-roi>`: cost, revenue, ROI, CPA and CPS per campaign; lift against control. */
export const CrmCampaignRoi = wrap('crm-campaign-roi', CampaignRoiElement, { ...chartEvents<CampaignRoiElement>(), onCrmSelect });
/** `<crm-sales-cycle>`: distribution and trend of the days from created to won. */
export const CrmSalesCycle = wrap('crm-sales-cycle', SalesCycleElement, { ...chartEvents<SalesCycleElement>(), onCrmSelect });
/** `<crm-activity>`: activity volume, engagement and response time. */
export const CrmActivity = wrap('crm-activity', ActivityElement, { ...chartEvents<ActivityElement>(), onCrmSelect });
/** `<crm-lifetime-value>`: lifetime value by segment with its parts, and CLV : CAC. */
export const CrmLifetimeValue = wrap('crm-lifetime-value', LifetimeValueElement, { ...chartEvents<LifetimeValueElement>(), onCrmSelect });
/** `<crm-satisfaction>`: NPS, CES and CSAT with their response counts and trend. */
export const CrmSatisfaction = wrap('crm-satisfaction', SatisfactionElement, { ...chartEvents<SatisfactionElement>(), onCrmSelect });
/** `<crm-service>`: first-contact resolution, the open queue, response and resolution times, agents. */
export const CrmService = wrap('crm-service', ServiceElement, { ...chartEvents<ServiceElement>(), onCrmSelect });
/** `<crm-at-risk>`: customers past their usual gap between purchases, ranked by revenue. */
export const CrmAtRisk = wrap('crm-at-risk', AtRiskElement, { ...chartEvents<AtRiskElement>(), onCrmSelect });
