/** Service metrics (DESIGN.md, "The metric catalog", family service). */
export const SERVICE_METRICS = [] as const;
