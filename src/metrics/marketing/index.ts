/** Marketing metrics (DESIGN.md, "The metric catalog", family marketing). */
import { cac } from './cac.js';
import { campaignRoiMetric } from './campaign-roi.js';
import { controlLiftMetric } from './control-lift.js';

export const MARKETING_METRICS = [campaignRoiMetric, cac, controlLiftMetric] as const;
