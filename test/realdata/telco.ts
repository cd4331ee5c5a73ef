/**
 * IBM Telco customer churn as accounts and subscriptions.
 *
 * The file is one snapshot: per customer its tenure in months, contract, monthly charge and
 * `Churn` (Yes: left within the last month). It carries no dates, so the conversion picks the
 * snapshot's instant, `TELCO_AS_OF` = 2018-01-01 (UTC midnight), and counts back from it:
 *
 * - one account per customer: `id` = customerID, `segment` = Contract (Month-to-month, One year,
 *   Two year), `createdAt` = its subscription's start;
 * - one subscription per customer: `start` = as-of − tenure calendar months (the first of a
 *   month: tenure 12 starts 2017-01-01, tenure 0 starts at the as-of itself), `end` = as-of when
 *   Churn is Yes, else none (active), `amount` = MonthlyCharges.
 *
 * So every churner is lost exactly at the as-of instant. With half-open periods a range must
 * contain that instant, or start at it, to see the losses: one ending at it leaves them to the
 * next period (see churn-rate).
 */
import type { DatasetInput } from '../../src/schema/index.js';
import type { CsvTable } from './csv.js';

export const TELCO_AS_OF = '2018-01-01';
const AS_OF_YEAR = 2018;
const AS_OF_MONTH = 1;

/** `YYYY-MM-01` of the month `months` before the as-of month. */
export function monthsBeforeAsOf(months: number): string {
  const index = AS_OF_YEAR * 12 + (AS_OF_MONTH - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function telcoDataset(csv: CsvTable): DatasetInput {
  const id = csv.column('customerID');
  const tenure = csv.column('tenure');
  const contract = csv.column('Contract');
  const monthly = csv.column('MonthlyCharges');
  const churn = csv.column('Churn');
  const accounts: NonNullable<DatasetInput['accounts']> = [];
  const subscriptions: NonNullable<DatasetInput['subscriptions']> = [];
  for (let i = 0; i < csv.length; i++) {
    const months = Number(tenure[i]);
    if (!Number.isInteger(months) || months < 0) throw new Error(`Telco record ${i + 1}: tenure ${JSON.stringify(tenure[i])}`);
    const start = monthsBeforeAsOf(months);
    const accountId = id[i] as string;
    accounts.push({ id: accountId, segment: contract[i] as string, createdAt: start });
    const subscription: (typeof subscriptions)[number] = { id: `sub-${accountId}`, accountId, start, amount: Number(monthly[i]) };
    if (churn[i] === 'Yes') subscription.end = TELCO_AS_OF;
    else if (churn[i] !== 'No') throw new Error(`Telco record ${i + 1}: Churn ${JSON.stringify(churn[i])}`);
    subscriptions.push(subscription);
  }
  return { accounts, subscriptions };
}
