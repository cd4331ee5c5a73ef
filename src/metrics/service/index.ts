/** Service metrics (DESIGN.md, "The metric catalog", family service). */
import { ces } from './ces.js';
import { csat } from './csat.js';
import { firstContactResolutionMetric } from './first-contact-resolution.js';
import { helpDesk } from './help-desk.js';
import { nps } from './nps.js';

export const SERVICE_METRICS = [nps, ces, csat, firstContactResolutionMetric, helpDesk] as const;
