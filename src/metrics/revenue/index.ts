/** Revenue metrics (DESIGN.md, "The metric catalog", family revenue). */
import { newRevenue } from './new-revenue.js';
import { orderValue } from './order-value.js';
import { upsellRate } from './upsell-rate.js';

export const REVENUE_METRICS = [newRevenue, upsellRate, orderValue] as const;
