import type { Activity } from '../schema/index.js';
import { booleanColumn, codeColumn, enumColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';
import { ACTIVITY_TYPES, DIRECTIONS } from './enums.js';

/** Activities (calls, emails, meetings, web and chat) as columns. */
export interface ActivityColumns {
  length: number;
  /** Row ids in input order (not indexed: nothing refers to these rows). */
  id: readonly string[];
  at: Float64Array;
  /** Index into ACTIVITY_TYPES. */
  type: Uint8Array;
  /** Index into DIRECTIONS: 0 inbound, 1 outbound. */
  direction: Uint8Array;
  owner: Int32Array;
  account: Int32Array;
  deal: Int32Array;
  /** 0 no reply, 1 replied, 2 unknown. */
  responded: Uint8Array;
}

export function activityColumns(rows: readonly Activity[], dicts: { owners: Dictionary; accounts: Dictionary; deals: Dictionary }): ActivityColumns {
  return {
    length: rows.length,
    id: rows.map((r) => r.id),
    at: timeColumn(rows, (r) => r.at),
    type: enumColumn(rows, (r) => r.type, ACTIVITY_TYPES),
    direction: enumColumn(rows, (r) => r.direction, DIRECTIONS),
    owner: codeColumn(rows, (r) => r.owner, dicts.owners),
    account: codeColumn(rows, (r) => r.accountId, dicts.accounts),
    deal: codeColumn(rows, (r) => r.dealId, dicts.deals),
    responded: booleanColumn(rows, (r) => r.responded),
  };
}
