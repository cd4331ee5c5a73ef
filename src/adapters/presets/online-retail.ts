/**
 * UCI Online Retail (invoice lines of a UK online shop, Dec 2010 – Dec 2011: InvoiceNo,
 * StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country) as orders —
 * the same dataset as the project's reference conversion (test/realdata/online-retail.ts),
 * which the tests check order for order.
 *
 * - One order per InvoiceNo + CustomerID: `amount` = Σ Quantity × UnitPrice over its lines
 *   (rounded to three decimals, the prices' precision, to drop float noise), `items` = Σ
 *   Quantity, `at` = its earliest InvoiceDate, read as UTC.
 * - Cancellations (InvoiceNo starting with `C`) are refunds: a negative amount and no `items`.
 * - `accountId` = CustomerID without the `.0` the file writes after it (`17850.0` → `17850`).
 * - A line without a CustomerID cannot be tied to a customer: it is left out and listed as a
 *   problem (135,080 of the 541,909 lines), as is a line whose quantity, price or date does not
 *   read.
 */
import type { DatasetInput } from '../../schema/dataset.js';
import { parseInstant } from '../../time/instant.js';
import { readCsv } from '../csv.js';
import type { AdaptedDataset } from '../field-map.js';
import { AdapterError } from '../location.js';
import { columnIndexes, PendingProblems } from './located-problems.js';

type OrderInput = NonNullable<DatasetInput['orders']>[number];

const COLUMNS = ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'] as const;

/** Reads the Online Retail CSV into orders. */
export function onlineRetailOrders(text: string, options: { source?: string } = {}): AdaptedDataset {
  const source = options.source ?? 'online-retail.csv';
  const pending = new PendingProblems();
  const orders: OrderInput[] = [];
  const orderOf = new Map<string, OrderInput>();
  let at = {} as Record<(typeof COLUMNS)[number], number>;
  let used = 0;
  const file = readCsv(text, {
    source,
    onHeader: (header) => {
      at = columnIndexes(header, COLUMNS, (name) => new AdapterError(`no column "${name}"; an Online Retail file has ${COLUMNS.join(', ')}`, { source, line: 1 }));
    },
    onRecord: (record, index) => {
      const rawCustomer = record[at.CustomerID] as string;
      if (rawCustomer === '') return pending.add(index, at.CustomerID, 'required', 'no CustomerID, so the line cannot be tied to a customer');
      const quantityText = record[at.Quantity] as string;
      const priceText = record[at.UnitPrice] as string;
      const date = record[at.InvoiceDate] as string;
      const quantity = quantityText.trim() === '' ? NaN : Number(quantityText);
      const price = priceText.trim() === '' ? NaN : Number(priceText);
      if (!Number.isInteger(quantity)) return pending.add(index, at.Quantity, 'type', `${JSON.stringify(quantityText)} is not a whole number`);
      if (!Number.isFinite(price)) return pending.add(index, at.UnitPrice, 'type', `${JSON.stringify(priceText)} is not a number`);
      if (parseInstant(date) === undefined) return pending.add(index, at.InvoiceDate, 'date', `${JSON.stringify(date)} is not a date in ISO`);
      used++;
      const accountId = rawCustomer.endsWith('.0') ? rawCustomer.slice(0, -2) : rawCustomer;
      const key = `${record[at.InvoiceNo] as string}|${accountId}`;
      let order = orderOf.get(key);
      if (!order) {
        order = { id: key, accountId, at: date, amount: 0, items: 0 };
        orderOf.set(key, order);
        orders.push(order);
      }
      order.amount += quantity * price;
      order.items = (order.items as number) + quantity;
      if (date < (order.at as string)) order.at = date; // `YYYY-MM-DD HH:mm:ss` sorts as text
    },
  });
  for (const order of orders) {
    order.amount = Math.round(order.amount * 1000) / 1000;
    if ((order.id as string).startsWith('C')) delete order.items;
  }
  return { dataset: { orders }, problems: pending.locate(file, 'orders'), rows: { given: file.given, kept: used } };
}
