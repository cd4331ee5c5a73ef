/** Customer metrics (DESIGN.md, "The metric catalog", family customers). */
import { CHURN_METRICS } from './churn-metrics.js';
import { CUSTOMER_GROUP_METRICS } from './group-metrics.js';

export const CUSTOMERS_METRICS = [...CHURN_METRICS, ...CUSTOMER_GROUP_METRICS] as const;
