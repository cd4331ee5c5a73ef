/** Marketing metrics (DESIGN.md, "The metric catalog", family marketing). */
export const MARKETING_METRICS = [] as const;
