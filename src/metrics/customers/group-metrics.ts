/** Metrics over per-customer histories: cohorts, recency, relationship groups. */
import { cohortRetention } from './cohort-retention.js';
import { recency } from './recency.js';
import { relationshipGroups } from './relationship-groups.js';

export const CUSTOMER_GROUP_METRICS = [cohortRetention, recency, relationshipGroups] as const;
