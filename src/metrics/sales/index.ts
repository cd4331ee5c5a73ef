/** Sales metrics (DESIGN.md, "The metric catalog", family sales). */
import { closeRate } from './close-rate.js';
import { winRate } from './win-rate.js';

export const SALES_METRICS = [closeRate, winRate] as const;
