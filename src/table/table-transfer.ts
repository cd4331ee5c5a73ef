/**
 * A CrmTable in a form a Worker can post cheaply, and back. Typed-array columns go as they are,
 * their buffers listed for transfer (moved, not copied: the sender's arrays are left detached);
 * dictionaries and string columns go packed (src/table/packed-strings.ts) and are unpacked on
 * the receiving side only when something reads them. Sections are walked generically, so a
 * column added to a table later travels without a change here.
 */
import type { CrmTable } from './build-table.js';
import { Dictionary } from './dictionary.js';
import { packStrings, unpackStrings, type PackedStrings } from './packed-strings.js';

/** One column of a section, on the wire. */
type WireValue =
  | { readonly kind: 'dictionary'; readonly packed: PackedStrings }
  | { readonly kind: 'strings'; readonly packed: PackedStrings }
  | { readonly kind: 'plain'; readonly value: unknown };

type WireSection = Record<string, WireValue>;

/** A table on the wire: each section (and each top-level dictionary) in wire form. */
export interface PackedTable {
  readonly sections: Record<string, WireSection>;
  readonly dictionaries: Record<string, PackedStrings>;
  readonly declaredStages: number;
  readonly present: readonly string[];
  readonly timeSpan: { readonly min: number; readonly max: number };
}

export interface TableMessage {
  readonly table: PackedTable;
  /** Every buffer the message holds, once each, for `postMessage(message, transfer)`. */
  readonly transfer: ArrayBuffer[];
}

const DICTIONARIES = ['stages', 'owners', 'segments', 'products', 'channels', 'agents'] as const;
const SECTIONS = ['accounts', 'deals', 'orders', 'subscriptions', 'activities', 'campaigns', 'surveys', 'tickets', 'costs'] as const;

const isStringColumn = (value: unknown): value is (string | undefined)[] =>
  Array.isArray(value) && value.every((item) => item === undefined || typeof item === 'string');

function wireValue(value: unknown, buffers: Set<ArrayBuffer>): WireValue {
  if (value instanceof Dictionary) return { kind: 'dictionary', packed: withBuffers(value.pack(), buffers) };
  if (isStringColumn(value)) return { kind: 'strings', packed: withBuffers(packStrings(value), buffers) };
  if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
  return { kind: 'plain', value };
}

function withBuffers(packed: PackedStrings, buffers: Set<ArrayBuffer>): PackedStrings {
  buffers.add(packed.offsets.buffer as ArrayBuffer);
  if (packed.absent) buffers.add(packed.absent.buffer as ArrayBuffer);
  return packed;
}

/**
 * The table as a message and its transfer list. Posting it with that list detaches every typed
 * array of `table`: the sender must not use the table afterwards. A buffer shared by several
 * columns is listed once (listing it twice makes postMessage throw).
 */
export function packTable(table: CrmTable): TableMessage {
  const buffers = new Set<ArrayBuffer>();
  const sections: Record<string, WireSection> = {};
  for (const name of SECTIONS) {
    const section: WireSection = {};
    for (const [key, value] of Object.entries(table[name])) section[key] = wireValue(value, buffers);
    sections[name] = section;
  }
  const dictionaries: Record<string, PackedStrings> = {};
  for (const name of DICTIONARIES) dictionaries[name] = withBuffers(table[name].pack(), buffers);
  // A zero-length buffer transfers fine; a SharedArrayBuffer cannot be transferred (and is shared anyway).
  const transfer = [...buffers].filter((buffer) => buffer instanceof ArrayBuffer);
  return { table: { sections, dictionaries, declaredStages: table.declaredStages, present: [...table.present], timeSpan: table.timeSpan }, transfer };
}

/** A string column that becomes an array the first time it is read. */
function defineLazyStrings(section: Record<string, unknown>, key: string, packed: PackedStrings): void {
  let unpacked: (string | undefined)[] | undefined;
  Object.defineProperty(section, key, { enumerable: true, configurable: true, get: () => (unpacked ??= unpackStrings(packed)) });
}

/** The table of a `packTable` message, as received: typed arrays as they came, strings unpacked lazily. */
export function unpackTable(packed: PackedTable): CrmTable {
  const table: Record<string, unknown> = {
    declaredStages: packed.declaredStages,
    present: new Set(packed.present),
    timeSpan: packed.timeSpan,
  };
  for (const name of DICTIONARIES) {
    const dictionary = packed.dictionaries[name];
    if (!dictionary) throw new TypeError(`unpackTable: the message has no ${name} dictionary`);
    table[name] = Dictionary.fromPacked(dictionary);
  }
  for (const name of SECTIONS) {
    const wire = packed.sections[name];
    if (!wire) throw new TypeError(`unpackTable: the message has no ${name} section`);
    const section: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(wire)) {
      if (value.kind === 'dictionary') section[key] = Dictionary.fromPacked(value.packed);
      else if (value.kind === 'strings') defineLazyStrings(section, key, value.packed);
      else section[key] = value.value;
    }
    table[name] = section;
  }
  return table as unknown as CrmTable;
}
