/**
 * `crm-kit/all`: registers every element of the kit and re-exports the public API, so one
 * `<script type="module">` or one import gives a page everything. Elements add their `define`
 * import here as they land.
 */
export * from './index.js';
export * from './metrics.js';
import './elements/funnel/define.js';
import './elements/relationship-grid/define.js';
import './elements/dashboard/define.js';
import './elements/cohort-churn/define.js';
import './elements/campaign-roi/define.js';
import './elements/activity/define.js';
import './elements/kpi/define.js';
import './elements/sales-cycle/define.js';
import './elements/lifetime-value/define.js';
import './elements/at-risk/define.js';
import './elements/satisfaction/define.js';
import './elements/service/define.js';
