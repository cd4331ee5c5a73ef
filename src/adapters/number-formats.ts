/**
 * Reading the numbers exports write: with thousands separators, a decimal comma, currency signs
 * or codes, accounting parentheses. Each format is a strict grammar — digit groups of three
 * after the first — so that `1,234` is never silently read as 1.234 or `12,34,5` as anything.
 *
 * | format | thousands | decimal | e.g. |
 * | --- | --- | --- | --- |
 * | `plain` | none | `.` | `1234.5`, `-0.25` |
 * | `en` | `,` | `.` | `1,234.50`, `$1,234.50`, `USD 1,234.50`, `(1,234.50)` |
 * | `de` | `.` | `,` | `1.234,50`, `1.234,50 €`, `-1.234,50 EUR` |
 * | `fr` | space, no-break space or narrow no-break space | `,` | `1 234,50 €` |
 * | `ch` | `'` or `’` | `.` | `CHF 1'234.50` |
 *
 * Every format also takes a number without groups (`1234.50` in `en`, `1234,50` in `de`). A
 * currency sign (`$ € £ ¥ ₹ ₽ ₩ ₺ ₫ ₪ ₱ ₦ ₴ ₡ ฿`) or a three-letter code may stand before or
 * after the number; a minus before it (or before the sign) or parentheses around it make it
 * negative.
 */

export const NUMBER_FORMATS = ['plain', 'en', 'de', 'fr', 'ch'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** What a number in each format looks like, for messages. */
export const NUMBER_EXAMPLES: Record<NumberFormat, string> = {
  plain: '1234.50',
  en: '1,234.50',
  de: '1.234,50',
  fr: '1 234,50',
  ch: "1'234.50",
};

const GROUPED: Record<NumberFormat, RegExp> = {
  plain: /^(\d+)(?:\.(\d+))?$/,
  en: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/,
  de: /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/,
  fr: /^(\d{1,3}(?:[  \u202f]\d{3})+|\d+)(?:,(\d+))?$/,
  ch: /^(\d{1,3}(?:['’]\d{3})+|\d+)(?:\.(\d+))?$/,
};

const CURRENCY = /^(?:[$€£¥₹₽₩₺₫₪₱₦₴₡฿]|[A-Z]{3})$/;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Reads `text` as a number in `format`; undefined when it is not one. */
export function readNumber(text: string, format: NumberFormat): number | undefined {
  const grammar = GROUPED[format];
  if (grammar === undefined) throw new RangeError(`unknown number format: ${JSON.stringify(format)} (expected ${NUMBER_FORMATS.join(', ')})`);
  let rest = text.trim();
  let negative = false;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  if (rest.startsWith('-') || rest.startsWith('−')) {
    if (negative) return undefined;
    negative = true;
    rest = rest.slice(1).trim();
  }
  rest = stripCurrency(rest);
  if (rest.startsWith('-') || rest.startsWith('−')) {
    // `$-5` and `€ -5` put the minus after the sign.
    if (negative) return undefined;
    negative = true;
    rest = rest.slice(1);
  }
  // Spaces left now are inside the number: only `fr` groups digits with them.
  const match = grammar.exec(rest);
  if (match === null) return undefined;
  const whole = (match[1] as string).replace(/\D/g, '');
  const value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/** The number without one currency sign or code before or after it (and the space beside it). */
function stripCurrency(text: string): string {
  const parts = text.split(SPACES);
  // `USD 1,234.50`, `1.234,50 €`, `$1,234.50`, `1.234,50€`
  if (parts.length >= 2 && CURRENCY.test(parts[0] as string)) return parts.slice(1).join(' ');
  if (parts.length >= 2 && CURRENCY.test(parts[parts.length - 1] as string)) return parts.slice(0, -1).join(' ');
  const first = text.charAt(0);
  if (/[$€£¥₹₽₩₺₫₪₱₦₴₡฿]/.test(first)) return text.slice(1).trim();
  const last = text.charAt(text.length - 1);
  if (/[$€£¥₹₽₩₺₫₪₱₦₴₡฿]/.test(last)) return text.slice(0, -1).trim();
  return text;
}
