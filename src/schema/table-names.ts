/**
 * The names of the dataset's tables, apart from their zod schemas (tables.ts), so the checks
 * that run on every load can name tables without bringing zod into an element's first paint.
 */
export const ROW_TABLES = ['accounts', 'deals', 'orders', 'subscriptions', 'activities', 'campaigns', 'surveys', 'tickets', 'costs'] as const;

export type RowTableName = (typeof ROW_TABLES)[number];
export type TableName = 'stages' | RowTableName;
export const TABLE_NAMES: readonly TableName[] = ['stages', ...ROW_TABLES];
