/**
 * The relationship grid's result on its way from the load worker to the page. At a million
 * deals it holds about 100k customers; a structured clone of that many small objects took
 * 8 ms to write in the worker and 17–37 ms to read on the page's main thread, on every filter
 * change. Packed, the customers travel as columns — ids as one string with offsets, values and
 * groups in typed arrays that are transferred — and the page rebuilds the very same objects.
 * The columns it unpacked are handed to the drawing (`rememberColumns`), which would otherwise
 * collect them again from the objects.
 */
import type { RelationshipGroupsResult } from '../../metrics/customers/relationship-groups.js';
import { packStrings, unpackStrings, type PackedStrings } from '../../table/packed-strings.js';
import type { ResultWire } from '../shared/element-compute.js';
import { GROUPS, rememberColumns } from './grid-classify.js';

type Packed =
  | { readonly kind: 'columns'; readonly rest: Omit<RelationshipGroupsResult, 'customers'>; readonly ids: PackedStrings; readonly loyalty: Float64Array; readonly profitability: Float64Array; readonly group: Uint8Array }
  // A group name outside GROUPS (not one the engine makes): sent as it is rather than misread.
  | { readonly kind: 'plain'; readonly result: RelationshipGroupsResult };

const GROUP_INDEX: ReadonlyMap<string, number> = new Map(GROUPS.map((g, i) => [g, i]));

export const relationshipGroupsWire: ResultWire<RelationshipGroupsResult> = {
  pack(result) {
    const { customers, ...rest } = result;
    const n = customers.length;
    const ids: string[] = [];
    const loyalty = new Float64Array(n);
    const profitability = new Float64Array(n);
    const group = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const customer = customers[i]!;
      const g = GROUP_INDEX.get(customer.group);
      if (g === undefined) return { message: { kind: 'plain', result } satisfies Packed, transfer: [] };
      ids.push(customer.accountId);
      loyalty[i] = customer.loyalty;
      profitability[i] = customer.profitability;
      group[i] = g;
    }
    const packedIds = packStrings(ids);
    const message: Packed = { kind: 'columns', rest, ids: packedIds, loyalty, profitability, group };
    return { message, transfer: [packedIds.offsets.buffer as ArrayBuffer, loyalty.buffer, profitability.buffer, group.buffer] };
  },

  unpack(message) {
    const packed = message as Packed;
    if (packed.kind === 'plain') return packed.result;
    const { rest, loyalty, profitability, group } = packed;
    const ids = unpackStrings(packed.ids) as string[];
    const customers: RelationshipGroupsResult['customers'] = [];
    for (let i = 0; i < ids.length; i++) customers.push({ accountId: ids[i]!, loyalty: loyalty[i]!, profitability: profitability[i]!, group: GROUPS[group[i]!]! });
    // The engine's key order, so that a JSON export of either reads the same.
    const result: RelationshipGroupsResult = { thresholds: rest.thresholds, axes: rest.axes, customers, groups: rest.groups };
    rememberColumns(result, { ids, loyalty, profitability, group });
    return result;
  },
};
