/** Row ids: a table prefix and a zero-padded sequence number, so text order is numeric order. */
export function rowId(prefix: string, n: number): string {
  const digits = `${n}`;
  return digits.length >= 6 ? prefix + digits : prefix + '000000'.slice(digits.length) + digits;
}

/** Whole seconds: instants in a CRM export rarely carry milliseconds. */
export function toSecond(t: number): number {
  return Math.floor(t / 1000) * 1000;
}
