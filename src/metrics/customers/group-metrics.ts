/** Metrics over per-customer histories: cohorts, recency, relationship groups. */
export const CUSTOMER_GROUP_METRICS = [] as const;
