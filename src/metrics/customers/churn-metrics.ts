/** Churn, retention, renewal and the value metrics that rest on them. */
export const CHURN_METRICS = [] as const;
