/** Finance metrics (DESIGN.md, "The metric catalog", family finance). */
export const FINANCE_METRICS = [] as const;
