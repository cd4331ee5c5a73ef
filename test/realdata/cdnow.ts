/**
 * CDNOW_master.txt (CDNOW music store, Jan 1997 – Jun 1998; the set behind Fader, Hardie & Lee's
 * BG/NBD papers) as orders. The file is whitespace-separated with a header line and CRLF line
 * ends: customer id, date `yyyymmdd`, number of CDs, dollar value.
 *
 * - One order per row: several rows of one customer on one day (1,774 such customer-days) are
 *   separate orders, as the file keeps them.
 * - `accountId` = the customer id as written (`00001`), `at` = the day (UTC midnight),
 *   `amount` = dollars, `items` = CDs, `id` = `cdnow-<row>` (1-based, header excluded).
 * - 80 rows have a dollar value of 0 (CDs > 0): orders of amount 0, which are not purchases, so
 *   the 68 customers with nothing else are not customers to the engine.
 */
import type { DatasetInput } from '../../src/schema/index.js';

export interface CdnowRows {
  customer: string[];
  /** `YYYYMMDD` as in the file. */
  day: string[];
  cds: number[];
  dollars: number[];
}

/** The file's rows as columns; throws on a line that is not four fields. */
export function parseCdnow(text: string): CdnowRows {
  const rows: CdnowRows = { customer: [], day: [], cds: [], dollars: [] };
  const lines = text.split(/\r\n|\n|\r/);
  if (!/^\s*customer_id\s+date\s+number_of_cds\s+dollar_value\s*$/.test(lines[0] ?? '')) throw new SyntaxError('CDNOW: unexpected header line');
  for (let n = 1; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (line === '') continue;
    const fields = line.split(/\s+/);
    if (fields.length !== 4 || !/^\d{8}$/.test(fields[1] as string)) throw new SyntaxError(`CDNOW line ${n + 1}: ${JSON.stringify(line)}`);
    rows.customer.push(fields[0] as string);
    rows.day.push(fields[1] as string);
    rows.cds.push(Number(fields[2]));
    rows.dollars.push(Number(fields[3]));
  }
  return rows;
}

export function cdnowDataset(rows: CdnowRows): DatasetInput {
  const orders = rows.customer.map((accountId, i) => {
    const day = rows.day[i] as string;
    return {
      id: `cdnow-${i + 1}`,
      accountId,
      at: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
      amount: rows.dollars[i] as number,
      items: rows.cds[i] as number,
    };
  });
  return { orders };
}
