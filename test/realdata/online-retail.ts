/**
 * UCI Online Retail (invoice lines of a UK online shop, Dec 2010 – Dec 2011) as orders.
 *
 * - One order per InvoiceNo + CustomerID (no invoice of the file has two customers, so in
 *   practice one per invoice): `amount` = Σ Quantity × UnitPrice over its lines, `items` =
 *   Σ Quantity, `at` = the earliest InvoiceDate of its lines read as UTC (31 invoices have lines
 *   stamped a minute apart).
 * - Cancellations (InvoiceNo starting with `C`, all lines of negative Quantity) are refunds: a
 *   negative amount, which lowers revenue and is not a purchase. They get no `items`: the schema
 *   counts items ≥ 0 and a refund does not add items to an order.
 * - `accountId` = CustomerID without the `.0` the file writes after it (`17850.0` → `17850`).
 * - Lines without a CustomerID (135,080 of 541,909) cannot be tied to a customer: they are left
 *   out and counted in `linesWithoutCustomer`.
 * - A few invoices add up to 0 (their lines have a zero price): orders of amount 0, neither a
 *   purchase nor a refund.
 */
import type { DatasetInput } from '../../src/schema/index.js';
import type { CsvTable } from './csv.js';

type OrderInput = NonNullable<DatasetInput['orders']>[number];

export interface OnlineRetailConversion {
  dataset: DatasetInput;
  linesWithoutCustomer: number;
}

export function onlineRetailDataset(csv: CsvTable): OnlineRetailConversion {
  const invoice = csv.column('InvoiceNo');
  const quantity = csv.column('Quantity');
  const date = csv.column('InvoiceDate');
  const price = csv.column('UnitPrice');
  const customer = csv.column('CustomerID');
  const orders: OrderInput[] = [];
  const orderOf = new Map<string, OrderInput>();
  let linesWithoutCustomer = 0;
  for (let i = 0; i < csv.length; i++) {
    const rawCustomer = customer[i] as string;
    if (rawCustomer === '') {
      linesWithoutCustomer++;
      continue;
    }
    const accountId = rawCustomer.endsWith('.0') ? rawCustomer.slice(0, -2) : rawCustomer;
    const invoiceNo = invoice[i] as string;
    const key = `${invoiceNo}|${accountId}`;
    const q = Number(quantity[i]);
    const at = date[i] as string;
    let order = orderOf.get(key);
    if (!order) {
      order = { id: key, accountId, at, amount: 0, items: 0 };
      orderOf.set(key, order);
      orders.push(order);
    }
    order.amount += q * Number(price[i]);
    order.items = (order.items as number) + q;
    if (at < (order.at as string)) order.at = at; // `YYYY-MM-DD HH:mm:ss` sorts as text
  }
  for (const order of orders) {
    // Prices have at most three decimals: rounding there drops the float noise of the sum.
    order.amount = Math.round(order.amount * 1000) / 1000;
    if ((order.id as string).startsWith('C')) delete order.items;
  }
  return { dataset: { orders }, linesWithoutCustomer };
}
