/**
 * CDNOW_master.txt (purchases at the CDNOW music store, Jan 1997 – Jun 1998; the set behind
 * Fader, Hardie & Lee's BG/NBD papers) as orders — the same dataset as the project's reference
 * conversion (test/realdata/cdnow.ts), which the tests check order for order.
 *
 * The file is not CSV: fields are separated by runs of spaces, after a header line
 * `customer_id date number_of_cds dollar_value`, with CRLF line ends.
 *
 * - One order per line (several lines of one customer on one day stay separate orders):
 *   `id` = `cdnow-<n>` (n counts the lines read, from 1), `accountId` = the customer id as
 *   written (`00001`), `at` = the day (`yyyymmdd` → `YYYY-MM-DD`, UTC midnight), `amount` =
 *   dollars, `items` = CDs.
 * - A line that is not four fields, or whose date, count or amount does not read, is left out
 *   and listed.
 */
import type { DatasetInput } from '../../schema/dataset.js';
import type { DatasetProblem, ProblemRule } from '../../schema/problems.js';
import { parseInstant } from '../../time/instant.js';
import type { AdaptedDataset } from '../field-map.js';
import { AdapterError, formatLocation } from '../location.js';

const HEADER = ['customer_id', 'date', 'number_of_cds', 'dollar_value'];

/** Reads CDNOW_master.txt (or CDNOW_sample.txt) into orders. */
export function cdnowOrders(text: string, options: { source?: string } = {}): AdaptedDataset {
  const source = options.source ?? 'CDNOW_master.txt';
  const lines = text.split(/\r\n|\n|\r/);
  const first = (lines[0] ?? '').trim().split(/\s+/);
  if (first.join(' ') !== HEADER.join(' ')) {
    throw new AdapterError(`not a CDNOW file: the first line should be "${HEADER.join(' ')}"`, { source, line: 1 });
  }
  const orders: NonNullable<DatasetInput['orders']> = [];
  const problems: DatasetProblem[] = [];
  let given = 0;
  const fail = (line: number, column: number | undefined, rule: ProblemRule, message: string) => {
    const at = column === undefined ? { source, line } : { source, line, column: column + 1, name: HEADER[column] as string };
    problems.push({ path: formatLocation(at), rule, message, table: 'orders' });
  };
  for (let n = 1; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (line === '') continue;
    given++;
    const fields = line.split(/\s+/);
    if (fields.length !== 4) {
      fail(n + 1, undefined, 'column-length', `${fields.length} field${fields.length === 1 ? '' : 's'} where CDNOW lines have 4 (${HEADER.join(', ')})`);
      continue;
    }
    const [customer, day, cdsText, dollarsText] = fields as [string, string, string, string];
    const at = /^\d{8}$/.test(day) ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}` : '';
    if (parseInstant(at) === undefined) {
      fail(n + 1, 1, 'date', `${JSON.stringify(day)} is not a date in yyyymmdd`);
      continue;
    }
    const cds = Number(cdsText);
    if (!Number.isInteger(cds) || cds < 0) {
      fail(n + 1, 2, 'type', `${JSON.stringify(cdsText)} is not a count of CDs`);
      continue;
    }
    const dollars = Number(dollarsText);
    if (!Number.isFinite(dollars)) {
      fail(n + 1, 3, 'type', `${JSON.stringify(dollarsText)} is not a dollar amount`);
      continue;
    }
    orders.push({ id: `cdnow-${orders.length + 1}`, accountId: customer, at, amount: dollars, items: cds });
  }
  return { dataset: { orders }, problems, rows: { given, kept: orders.length } };
}
