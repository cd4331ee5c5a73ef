/**
 * The fast path of the row checks (`check-columns.ts`) applied to one row: the parsed row when
 * every field is certainly valid, `undefined` when the row would go to the zod schema. The
 * checks run column by column over whole tables; this one-row form is what the property tests
 * hold to zod's verdict and output (test/schema/fast-rows.test.ts).
 */
import { checkColumn, valueAt } from './check-columns.js';
import { ROW_SPECS } from './row-specs.js';
import type { RowTableName } from './tables.js';

/** A row checker: the parsed row, or `undefined` when the row must go to the zod schema. */
export type FastRowCheck = (raw: unknown) => Record<string, unknown> | undefined;

function checker(table: RowTableName): FastRowCheck {
  const fields = ROW_SPECS[table];
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    const refused = new Uint8Array(1);
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const value = valueAt(checkColumn(field, { rows: [raw] }, refused), 0);
      if (refused[0]) return undefined;
      if (value !== undefined) out[field[0]] = value;
    }
    return out;
  };
}

/** The fast row check of each table. */
export const fastRowChecks = Object.fromEntries((Object.keys(ROW_SPECS) as RowTableName[]).map((table) => [table, checker(table)])) as Record<RowTableName, FastRowCheck>;
