// Apart from fields.ts so that the column checks, which the table layer reaches, do not pull zod in.
/**
 * The largest amount of money a row may carry, either sign. Far above any CRM's figures (a
 * trillion is 1e12), and low enough that sums over millions of rows stay finite: 1e308 is a
 * valid JSON number, and two of them sum to Infinity, which a chart would draw as "$∞".
 */
export const MAX_MONEY = 1e15;
