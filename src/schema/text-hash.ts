/**
 * FNV-1a over a string's UTF-16 code units: the hash of the open-addressing tables that index
 * ids (`rules/id-index.ts`) and dictionary-encode strings (`table/dictionary.ts`). A million
 * fresh strings from `JSON.parse` cost a `Map` several times what such a table costs (its
 * entries are scattered objects; a table of (hash, slot) pairs is one Int32Array). Equal hashes
 * are always confirmed by comparing the strings, so a collision costs time, never a wrong answer.
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  // As a 32-bit integer, the form an Int32Array stores it in (the empty string's hash is the
  // offset basis, which is above 2^31 until truncated).
  return h | 0;
}
