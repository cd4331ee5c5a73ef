/** Sales metrics (DESIGN.md, "The metric catalog", family sales). */
import { activityVolume } from './activity-volume.js';
import { closeRate } from './close-rate.js';
import { engagement } from './engagement.js';
import { funnel } from './funnel.js';
import { responseTime } from './response-time.js';
import { salesCycle } from './sales-cycle.js';
import { winRate } from './win-rate.js';

export const SALES_METRICS = [closeRate, winRate, funnel, salesCycle, responseTime, engagement, activityVolume] as const;
