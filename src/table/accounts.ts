import type { Account } from '../schema/index.js';
import { codeColumn, enumColumn, valueList } from './columns.js';
import { Dictionary } from './dictionary.js';
import { GROUPS } from './enums.js';
import type { TableSource } from './table-source.js';

/**
 * Accounts as columns. Row `i` is the account whose id has code `i` in `ids`. Rows past
 * `declared` are accounts known only because other tables name them (purchase data often comes
 * without an accounts table): their id is all that is known, every other column is absent.
 */
export interface AccountColumns {
  /** Accounts known: declared rows plus those only referenced. */
  length: number;
  /** Rows that came from the accounts table. */
  declared: number;
  ids: Dictionary;
  name: (string | undefined)[];
  segment: Int32Array;
  owner: Int32Array;
  createdAt: Float64Array;
  churnedAt: Float64Array;
  campaign: Int32Array;
  /** Index into GROUPS (test, control); 255 when absent. */
  group: Uint8Array;
}

/** The id dictionary comes first so that other tables can encode references before the columns exist. */
export function accountIds(source: TableSource<Account>): Dictionary {
  return new Dictionary(valueList(source.length, source.values('id')) as string[]);
}

export function accountColumns(source: TableSource<Account>, ids: Dictionary, dicts: { segments: Dictionary; owners: Dictionary; campaigns: Dictionary }): AccountColumns {
  // Padded with absent values for accounts that other tables referenced but the table did not declare.
  const length = ids.size;
  const declared = source.length;
  const padded = <F extends keyof Account & string>(field: F) => {
    const get = source.values(field);
    return (k: number) => (k < declared ? get(k) : undefined);
  };
  const times = (field: 'createdAt' | 'churnedAt') => {
    const out = new Float64Array(length).fill(NaN);
    out.set(source.numbers(field));
    return out;
  };
  return {
    length,
    declared,
    ids,
    name: valueList(length, padded('name')),
    segment: codeColumn(length, padded('segment'), dicts.segments),
    owner: codeColumn(length, padded('owner'), dicts.owners),
    createdAt: times('createdAt'),
    churnedAt: times('churnedAt'),
    campaign: codeColumn(length, padded('campaignId'), dicts.campaigns),
    group: enumColumn(length, padded('group'), GROUPS),
  };
}
