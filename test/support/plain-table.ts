import { Dictionary, type CrmTable } from '../../src/table/index.js';

export const SECTIONS = ['accounts', 'deals', 'orders', 'subscriptions', 'activities', 'campaigns', 'surveys', 'tickets', 'costs'] as const;
const DICTIONARIES = ['stages', 'owners', 'segments', 'products', 'channels', 'agents'] as const;

/** Every column of every section as plain arrays (typed arrays named by their type), dictionaries as their values: comparable with deep.equal. */
export function plainTable(t: CrmTable): Record<string, unknown> {
  const out: Record<string, unknown> = { declaredStages: t.declaredStages, present: [...t.present].sort(), timeSpan: t.timeSpan };
  for (const name of DICTIONARIES) out[name] = [...t[name].values];
  for (const name of SECTIONS) {
    for (const [key, value] of Object.entries(t[name])) {
      out[`${name}.${key}`] = value instanceof Dictionary ? [...value.values] : ArrayBuffer.isView(value) ? [value.constructor.name, ...Array.from(value as unknown as ArrayLike<number>)] : value;
    }
  }
  return out;
}
