/** Every metric of the catalog by id. Each family folder lists its own; this joins them. */
import { CUSTOMERS_METRICS } from './customers/index.js';
import { FINANCE_METRICS } from './finance/index.js';
import { MARKETING_METRICS } from './marketing/index.js';
import type { MetricModule } from './metric-module.js';
import { REVENUE_METRICS } from './revenue/index.js';
import { SALES_METRICS } from './sales/index.js';
import { SERVICE_METRICS } from './service/index.js';

const ALL = [...SALES_METRICS, ...REVENUE_METRICS, ...MARKETING_METRICS, ...CUSTOMERS_METRICS, ...SERVICE_METRICS, ...FINANCE_METRICS] as const;

type AnyMetric = (typeof ALL)[number];

/** The stable public ids of the catalog (`computeMetric(id, …)`, `<crm-kpi metric="id">`). */
export type MetricId = AnyMetric['id'];

/** The result type of each metric id. */
export type MetricResult<Id extends MetricId> = Extract<AnyMetric, { id: Id }> extends MetricModule<Id, infer R> ? R : never;

export const METRICS: ReadonlyMap<string, MetricModule> = new Map(ALL.map((m) => [m.id, m as MetricModule]));

/** Every metric id, sorted. */
export const METRIC_IDS = [...METRICS.keys()].sort() as MetricId[];
