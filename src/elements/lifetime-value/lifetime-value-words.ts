/**
 * The words of `<crm-lifetime-value>`: the definitions' names and formulas, each segment's
 * parts as one line, its accessible name and tooltip, and the table of every number (table
 * view, CSV). Words only, from the engine's results; no metric is computed here.
 */
import type { TooltipContent } from '../../controllers/tooltip-controller.js';
import type { Formatters } from '../../format/formatters.js';
import type { LifetimeDefinition } from '../../metrics/customers/lifetime-totals.js';
import type { LifetimeValueFigures, LifetimeValueResult, SegmentLifetimeValue } from '../../metrics/customers/lifetime-value.js';
import type { ScalarResult } from '../../metrics/result.js';
import type { Cell, TableData } from '../shared/table-data.js';

/** The usual rule of thumb: a customer should bring three times what it cost to acquire. */
export const TARGET_RATIO = 3;

/** How the headline and tooltips name each definition. */
export const DEFINITION_NAMES: Record<LifetimeDefinition, string> = { historic: 'historic', churn: 'churn-based' };

export const DEFINITION_FORMULAS: Record<LifetimeDefinition, string> = {
  historic: 'average purchase value × purchases per year × lifespan in years',
  churn: 'revenue per customer-month ÷ monthly churn rate (revenue ÷ customers lost)',
};

/** Where the revenue came from, for the note under the headline. */
export const BASIS_WORDS: Record<LifetimeValueResult['revenueBasis'], string> = {
  orders: 'orders (refunds lower it)',
  subscriptions: 'subscription terms',
  'won-deals': 'won deals',
};

/** A segment as drawn: the engine's figures, its name, and its value over the CAC. */
export interface SegmentRow extends SegmentLifetimeValue {
  /** A key no segment name can take, for the null segment too. */
  id: string;
  /** The segment, or "No segment". */
  name: string;
  /** Lifetime value / the CAC the element compares with; null without either. */
  ratio: number | null;
}

export const segmentName = (segment: string | null): string => segment ?? 'No segment';

/** "4.2 : 1", or an em dash without a CAC. */
export const ratioText = (ratio: number | null, f: Formatters): string => (ratio === null ? f.number(null) : `${f.number(ratio, 1)} : 1`);

/** "at or above 3 : 1", "below 3 : 1", or nothing without a ratio. */
export function targetWords(ratio: number | null): string {
  if (ratio === null) return '';
  return ratio >= TARGET_RATIO ? `at or above ${TARGET_RATIO} : 1` : `below ${TARGET_RATIO} : 1`;
}

const years = (n: number | null, f: Formatters) => {
  const text = f.number(n, 1);
  return `${text} ${text === f.number(1) ? 'year' : 'years'}`;
};

/** The parts of a value in one line: "$183 × 2.4 a year × 0.6 years", or the churn-based quotient. */
export function partsText(p: LifetimeValueFigures['parts'], definition: LifetimeDefinition, f: Formatters): string {
  if (definition === 'historic') return `${f.money(p.averagePurchaseValue)} × ${f.number(p.purchasesPerYear, 1)} a year × ${years(p.lifespanYears, f)}`;
  const churn = p.churnRate ?? null;
  return `${f.money(p.revenuePerCustomerPerMonth ?? null)} a month ÷ ${churn ? `${f.percent(churn, 1)} churn a month` : 'no churn'}`;
}

const customers = (n: number, f: Formatters) => `${f.count(n)} ${n === 1 ? 'customer' : 'customers'}`;

/** A segment bar's accessible name: its value, its ratio to CAC, its customers and its parts. */
export function segmentLabel(row: SegmentRow, definition: LifetimeDefinition, f: Formatters): string {
  const ratio = row.ratio === null ? '' : `, CLV : CAC ${ratioText(row.ratio, f)} (${targetWords(row.ratio)})`;
  const why = row.value === null && row.note ? ` (${row.note})` : '';
  return `${row.name}: lifetime value ${f.money(row.value)}${why}${ratio}, ${customers(row.customers, f)}; ${partsText(row.parts, definition, f)}`;
}

export function segmentTooltip(row: SegmentRow, definition: LifetimeDefinition, cac: number | null, f: Formatters): TooltipContent {
  const p = row.parts;
  const lines = [
    `Lifetime value ${f.money(row.value)} (${DEFINITION_NAMES[definition]})`,
    customers(row.customers, f),
    `Average purchase value ${f.money(p.averagePurchaseValue)}`,
    `Purchases per year ${f.number(p.purchasesPerYear, 2)}`,
  ];
  if (definition === 'historic') lines.push(`Lifespan ${years(p.lifespanYears, f)}`);
  else {
    lines.push(`Revenue per customer-month ${f.money(p.revenuePerCustomerPerMonth ?? null)}`);
    lines.push(`Churn ${f.percent(p.churnRate ?? null, 2)} a month`);
    lines.push(`Lifespan ${years(p.lifespanYears, f)} (implied by the churn)`);
  }
  if (cac !== null) lines.push(`CLV : CAC ${ratioText(row.ratio, f)} against CAC ${f.money(cac)}${row.ratio === null ? '' : `, ${targetWords(row.ratio)}`}`);
  if (row.note) lines.push(`No value: ${row.note}`);
  return { title: row.name, lines };
}

/** Every number: one row per segment in the order drawn, then all customers. */
export function lifetimeValueTable(result: LifetimeValueResult, rows: readonly SegmentRow[], cac: ScalarResult, overall: ScalarResult, f: Formatters): TableData {
  const churn = result.definition === 'churn';
  const labels = ['Segment', 'Customers', 'Lifetime value', 'Average purchase value', 'Purchases per year', churn ? 'Lifespan implied by churn (years)' : 'Lifespan (years)'];
  if (churn) labels.push('Revenue per customer-month', 'Monthly churn rate');
  labels.push('CAC', 'CLV : CAC');
  const raw: Cell[][] = [];
  const text: string[][] = [];
  const add = (name: string, r: LifetimeValueFigures, ratio: number | null) => {
    const p = r.parts;
    raw.push([name, r.customers, r.value, p.averagePurchaseValue, p.purchasesPerYear, p.lifespanYears, ...(churn ? [p.revenuePerCustomerPerMonth ?? null, p.churnRate ?? null] : []), cac.value, ratio]);
    text.push([
      name,
      f.count(r.customers),
      f.money(r.value),
      f.money(p.averagePurchaseValue),
      f.number(p.purchasesPerYear, 2),
      f.number(p.lifespanYears, 2),
      ...(churn ? [f.money(p.revenuePerCustomerPerMonth ?? null), f.percent(p.churnRate ?? null, 2)] : []),
      f.money(cac.value),
      ratioText(ratio, f),
    ]);
  };
  for (const row of rows) add(row.name, row, row.ratio);
  add('All customers', result, overall.value);
  return {
    caption: `Customer lifetime value (${DEFINITION_NAMES[result.definition]}: ${DEFINITION_FORMULAS[result.definition]}) by segment, against the customer acquisition cost`,
    columns: labels.map((label, i) => ({ label, numeric: i > 0 })),
    rows: raw,
    text,
  };
}
