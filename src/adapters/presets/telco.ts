/**
 * IBM Telco customer churn (one row per customer: customerID, tenure in months, Contract,
 * MonthlyCharges, Churn Yes/No, …) as accounts and subscriptions — the same dataset as the
 * project's reference conversion (test/realdata/telco.ts), which the tests check row for row.
 *
 * The file is one snapshot without dates, so the conversion fixes its instant,
 * {@link TELCO_AS_OF} (2018-01-01, UTC), and counts back from it:
 *
 * - one account per customer: `id` = customerID, `segment` = Contract, `createdAt` = its
 *   subscription's start;
 * - one subscription per customer (`sub-<customerID>`): `start` = the first of the month
 *   `tenure` months before the as-of (tenure 0 starts at the as-of), `end` = the as-of when
 *   Churn is Yes, else none (active), `amount` = MonthlyCharges.
 *
 * Every churner is therefore lost exactly at the as-of instant. A row whose tenure, charge or
 * Churn does not read is left out and listed.
 */
import type { DatasetInput } from '../../schema/dataset.js';
import { readCsv } from '../csv.js';
import type { AdaptedDataset } from '../field-map.js';
import { AdapterError } from '../location.js';
import { columnIndexes, PendingProblems } from './located-problems.js';

/** The snapshot's instant. */
export const TELCO_AS_OF = '2018-01-01';
const AS_OF_YEAR = 2018;
const AS_OF_MONTH = 1;

const COLUMNS = ['customerID', 'tenure', 'Contract', 'MonthlyCharges', 'Churn'] as const;

/** `YYYY-MM-01` of the month `months` before the as-of month. */
function monthsBeforeAsOf(months: number): string {
  const index = AS_OF_YEAR * 12 + (AS_OF_MONTH - 1) - months;
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Reads the Telco churn CSV into accounts and subscriptions. */
export function telcoChurn(text: string, options: { source?: string } = {}): AdaptedDataset {
  const source = options.source ?? 'Telco-Customer-Churn.csv';
  const pending = new PendingProblems();
  const accounts: NonNullable<DatasetInput['accounts']> = [];
  const subscriptions: NonNullable<DatasetInput['subscriptions']> = [];
  let at = {} as Record<(typeof COLUMNS)[number], number>;
  const file = readCsv(text, {
    source,
    onHeader: (header) => {
      at = columnIndexes(header, COLUMNS, (name) => new AdapterError(`no column "${name}"; a Telco churn file has ${COLUMNS.join(', ')}`, { source, line: 1 }));
    },
    onRecord: (record, index) => {
      const tenureText = record[at.tenure] as string;
      const months = tenureText.trim() === '' ? NaN : Number(tenureText);
      if (!Number.isInteger(months) || months < 0) return pending.add(index, at.tenure, 'type', `${JSON.stringify(tenureText)} is not a whole number of months`);
      const chargeText = record[at.MonthlyCharges] as string;
      const monthly = chargeText.trim() === '' ? NaN : Number(chargeText);
      if (!Number.isFinite(monthly) || monthly < 0) return pending.add(index, at.MonthlyCharges, 'type', `${JSON.stringify(chargeText)} is not an amount`);
      const churn = record[at.Churn] as string;
      if (churn !== 'Yes' && churn !== 'No') return pending.add(index, at.Churn, 'enum', `${JSON.stringify(churn)} is not Yes or No`);
      const accountId = record[at.customerID] as string;
      if (accountId === '') return pending.add(index, at.customerID, 'required', 'no customerID');
      const start = monthsBeforeAsOf(months);
      accounts.push({ id: accountId, segment: record[at.Contract] as string, createdAt: start });
      const subscription: (typeof subscriptions)[number] = { id: `sub-${accountId}`, accountId, start, amount: monthly };
      if (churn === 'Yes') subscription.end = TELCO_AS_OF;
      subscriptions.push(subscription);
    },
  });
  return { dataset: { accounts, subscriptions }, problems: pending.locate(file, 'accounts'), rows: { given: file.given, kept: accounts.length } };
}
