/** Finance metrics (DESIGN.md, "The metric catalog", family finance). */
import { expenseToRevenue } from './expense-to-revenue.js';

export const FINANCE_METRICS = [expenseToRevenue] as const;
