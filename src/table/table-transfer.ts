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

/**
 * Packed strings on the wire. Text that is all ASCII — ids and names, as a rule — goes as its
 * bytes, in a buffer that is transferred, and becomes a string again on the page only when
 * something reads it. A Worker message otherwise copies the text as a string into the page's
 * heap while the message is read: at a million deals and orders about 25 MB, in one main-thread
 * task that took 20–40 ms, and 290–400 ms in half of the 1M row-JSON loads, where the worker
 * posts while it lets go of the gigabytes the parse used (its own serialisation took as long).
 */
type WireStrings = Omit<PackedStrings, 'text'> & ({ readonly text: string } | { readonly ascii: Uint8Array });

/** One column of a section, on the wire. */
type WireValue =
  | { readonly kind: 'dictionary'; readonly packed: WireStrings }
  | { readonly kind: 'strings'; readonly packed: WireStrings }
  | { readonly kind: 'plain'; readonly value: unknown };

type WireSection = Record<string, WireValue>;

/** A table on the wire: each section (and each top-level dictionary) in wire form. */
export interface PackedTable {
  readonly sections: Record<string, WireSection>;
  readonly dictionaries: Record<string, WireStrings>;
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

/** Where a typed array of the message goes: the transfer list, after a copy when the sender keeps its table. */
interface Buffers {
  readonly list: Set<ArrayBuffer>;
  /** Copies already made, by original buffer (views sharing a buffer share its copy); absent: no copies. */
  readonly copies?: Map<ArrayBufferLike, ArrayBuffer>;
}

/** `view` as it goes into the message: itself, or a view of the same bytes in a copy of its buffer. */
function listed<T extends ArrayBufferView>(view: T, buffers: Buffers): T {
  if (!buffers.copies) {
    buffers.list.add(view.buffer as ArrayBuffer);
    return view;
  }
  let copy = buffers.copies.get(view.buffer);
  if (!copy) {
    copy = view.buffer.slice(0) as ArrayBuffer;
    buffers.copies.set(view.buffer, copy);
    buffers.list.add(copy);
  }
  const Kind = view.constructor as new (buffer: ArrayBuffer, byteOffset: number, length: number) => T;
  const length = view instanceof DataView ? view.byteLength : (view as unknown as { length: number }).length;
  return new Kind(copy, view.byteOffset, length);
}

function wireValue(value: unknown, buffers: Buffers): WireValue {
  if (value instanceof Dictionary) return { kind: 'dictionary', packed: withBuffers(value.pack(), buffers) };
  // Packed here, so nobody else holds these arrays: they move without a copy even when keeping.
  if (isStringColumn(value)) return { kind: 'strings', packed: withBuffers(packStrings(value), { list: buffers.list }) };
  if (ArrayBuffer.isView(value)) return { kind: 'plain', value: listed(value, buffers) };
  return { kind: 'plain', value };
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** `text` as ASCII bytes, or undefined when it holds any other character. */
function asciiBytes(text: string): Uint8Array | undefined {
  const bytes = utf8Encoder.encode(text);
  // UTF-8 spends one byte on a character exactly when it is ASCII (below U+0080).
  return bytes.length === text.length ? bytes : undefined;
}

/** A dictionary may hand out the packed strings it holds (`Dictionary.pack`), so they count as the table's own. */
function withBuffers(packed: PackedStrings, buffers: Buffers): WireStrings {
  const offsets = listed(packed.offsets, buffers);
  const absent = packed.absent ? { absent: listed(packed.absent, buffers) } : {};
  const ascii = asciiBytes(packed.text);
  if (!ascii) return { text: packed.text, offsets, ...absent };
  // Fresh bytes nobody else holds: moved without a copy even when keeping.
  buffers.list.add(ascii.buffer as ArrayBuffer);
  return { ascii, offsets, ...absent };
}

/** Packed strings as received: ASCII bytes become the text the first time it is read. */
function receivedStrings(wire: WireStrings): PackedStrings {
  if ('text' in wire) return wire;
  const { ascii, offsets, absent } = wire;
  let text: string | undefined;
  const packed = absent ? { offsets, absent } : { offsets };
  // Decoding ASCII as UTF-8 gives each byte back as its character.
  return Object.defineProperty(packed, 'text', { enumerable: true, get: () => (text ??= utf8Decoder.decode(ascii)) }) as PackedStrings;
}

/**
 * The table as a message and its transfer list. Posting it with that list detaches every typed
 * array of `table`: the sender must not use the table afterwards — unless `keep` is set, which
 * puts copies of the typed arrays in the message (the load worker keeps its table to compute on
 * while the page gets its own). A buffer shared by several columns is listed once (listing it
 * twice makes postMessage throw), and its views share one copy.
 */
export function packTable(table: CrmTable, { keep = false }: { keep?: boolean } = {}): TableMessage {
  const buffers: Buffers = keep ? { list: new Set(), copies: new Map() } : { list: new Set() };
  const sections: Record<string, WireSection> = {};
  for (const name of SECTIONS) {
    const section: WireSection = {};
    for (const [key, value] of Object.entries(table[name])) section[key] = wireValue(value, buffers);
    sections[name] = section;
  }
  const dictionaries: Record<string, WireStrings> = {};
  for (const name of DICTIONARIES) dictionaries[name] = withBuffers(table[name].pack(), buffers);
  // A zero-length buffer transfers fine; a SharedArrayBuffer cannot be transferred (and is shared anyway).
  const transfer = [...buffers.list].filter((buffer) => buffer instanceof ArrayBuffer);
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
    table[name] = Dictionary.fromPacked(receivedStrings(dictionary));
  }
  for (const name of SECTIONS) {
    const wire = packed.sections[name];
    if (!wire) throw new TypeError(`unpackTable: the message has no ${name} section`);
    const section: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(wire)) {
      if (value.kind === 'dictionary') section[key] = Dictionary.fromPacked(receivedStrings(value.packed));
      else if (value.kind === 'strings') defineLazyStrings(section, key, receivedStrings(value.packed));
      else section[key] = value.value;
    }
    table[name] = section;
  }
  return table as unknown as CrmTable;
}
