/** Churn, retention, renewal and the value metrics that rest on them. */
import { churnRate } from './churn-rate.js';
import { clvCacRatio } from './clv-cac-ratio.js';
import { lifetimeValue } from './lifetime-value.js';
import { renewalRate } from './renewal-rate.js';
import { retentionCost } from './retention-cost.js';
import { retentionRate } from './retention-rate.js';

export const CHURN_METRICS = [churnRate, retentionRate, renewalRate, lifetimeValue, clvCacRatio, retentionCost] as const;
