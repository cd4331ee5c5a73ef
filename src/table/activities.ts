import type { Activity } from '../schema/index.js';
import { booleanColumn, codeColumn, enumColumn, valueList } from './columns.js';
import type { Dictionary } from './dictionary.js';
import { ACTIVITY_TYPES, DIRECTIONS } from './enums.js';
import type { TableSource } from './table-source.js';

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

export function activityColumns(source: TableSource<Activity>, dicts: { owners: Dictionary; accounts: Dictionary; deals: Dictionary }): ActivityColumns {
  const { length } = source;
  return {
    length,
    id: valueList(length, source.values('id')) as string[],
    at: source.numbers('at'),
    type: enumColumn(length, source.values('type'), ACTIVITY_TYPES),
    direction: enumColumn(length, source.values('direction'), DIRECTIONS),
    owner: codeColumn(length, source.values('owner'), dicts.owners),
    account: codeColumn(length, source.values('accountId'), dicts.accounts),
    deal: codeColumn(length, source.values('dealId'), dicts.deals),
    responded: booleanColumn(length, source.values('responded')),
  };
}
