/** Revenue metrics (DESIGN.md, "The metric catalog", family revenue). */
export const REVENUE_METRICS = [] as const;
