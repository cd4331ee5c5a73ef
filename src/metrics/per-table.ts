import type { CrmTable } from '../table/index.js';

/**
 * `compute` memoised per table: what several metrics derive from the same table (when each
 * account became a customer, how far each deal got) is worked out once and shared for as long
 * as the table lives. The result is shared, so callers must not write into it.
 */
export function perTable<T>(compute: (table: CrmTable) => T): (table: CrmTable) => T {
  const cache = new WeakMap<CrmTable, T>();
  return (table) => {
    if (cache.has(table)) return cache.get(table) as T;
    const value = compute(table);
    cache.set(table, value);
    return value;
  };
}
