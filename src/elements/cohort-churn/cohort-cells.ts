/**
 * What each cell of the cohort matrix says, in words: the tooltip, the cell's accessible name,
 * the table view and CSV, and the summary. Numbers come from the engine's result; the average
 * row's parts (Σ counts over Σ bases) are summed again here only to name its numerator and
 * denominator — its rate is the engine's.
 */
import type { Formatters } from '../../format/formatters.js';
import type { CohortRetentionResult } from '../../metrics/customers/cohort-retention.js';
import type { TableData } from '../shared/table-data.js';
import { addPeriods, periodName, type CohortPeriod } from './cohort-labels.js';

export type CohortDisplay = 'percent' | 'counts';
export type CohortLayoutMode = 'offset' | 'calendar';

export interface CellWords {
  title: string;
  lines: string[];
}

/** One average cell: Σ counts over Σ bases of the cohorts it takes in. */
export interface AveragePart {
  numerator: number;
  denominator: number;
  rate: number | null;
  /** Cohorts taken in, and of them those whose cell is a period still running. */
  cohorts: number;
  running: number;
}

const base = (result: CohortRetentionResult, i: number): number => {
  const cohort = result.cohorts[i]!;
  return result.basis === 'customers' ? cohort.size : cohort.counts[0]!;
};

/** What the first activity is, for titles: "first purchase", "first subscription". */
export function firstActivity(result: CohortRetentionResult): string {
  return result.source === 'subscriptions' ? 'first subscription' : 'first purchase';
}

/**
 * Per offset (layout `offset`) or per calendar column (`calendar`): the weighted average's parts
 * over the cohorts that have a cell there and a base to divide by (a revenue cohort without
 * revenue at first has none). By offset, `rate` is the engine's `average[k]`.
 */
export function averageParts(result: CohortRetentionResult, layout: CohortLayoutMode): AveragePart[] {
  const parts: AveragePart[] = [];
  result.cohorts.forEach((cohort, i) => {
    const b = base(result, i);
    if (!(b > 0)) return;
    cohort.counts.forEach((count, k) => {
      const column = layout === 'offset' ? k : cohort.startIndex + k;
      const part = (parts[column] ??= { numerator: 0, denominator: 0, rate: null, cohorts: 0, running: 0 });
      part.numerator += count;
      part.denominator += b;
      part.cohorts++;
      if (result.incomplete[i] === k) part.running++;
    });
  });
  return Array.from(parts, (part, column) => {
    const p = part ?? { numerator: 0, denominator: 0, rate: null, cohorts: 0, running: 0 };
    p.rate = layout === 'offset' ? (result.average[column] ?? null) : p.denominator > 0 ? p.numerator / p.denominator : null;
    return p;
  });
}

/** The cell's figure as drawn: a rounded percentage, or the count (money for revenue). */
export function cellFigure(result: CohortRetentionResult, display: CohortDisplay, count: number, rate: number | null, f: Formatters): string {
  if (display === 'percent') return f.percent(rate, 0);
  return result.basis === 'revenue' ? f.moneyCompact(count) : f.count(count);
}

function countWords(result: CohortRetentionResult, count: number, size: number, rate: number | null, k: number, f: Formatters): string {
  const period = result.period as CohortPeriod;
  if (result.basis === 'customers') return `${f.count(count)} of ${f.count(size)} customers active (${f.percent(rate)})`;
  if (rate === null) return `Revenue ${f.money(count)}; no revenue in ${period} 0, so no rate`;
  return k === 0 ? `Revenue ${f.money(count)} (${f.percent(rate)})` : `Revenue ${f.money(count)}, ${f.percent(rate)} of ${period} 0`;
}

/** Tooltip words of cohort row `i`, offset `k`. */
export function describeCell(result: CohortRetentionResult, i: number, k: number, f: Formatters): CellWords {
  const period = result.period as CohortPeriod;
  const cohort = result.cohorts[i]!;
  const count = cohort.counts[k]!;
  const when = periodName(addPeriods(cohort.start, period, k), period, f.locale);
  const lines = [countWords(result, count, cohort.size, cohort.rates[k] ?? null, k, f)];
  if (result.basis === 'revenue' && k > 0) lines.push(`${period} 0: ${f.money(cohort.counts[0])} from ${f.count(cohort.size)} customers`);
  lines.push(result.incomplete[i] === k ? `${when}: still running, figures partial` : `In ${when}`);
  return { title: `Cohort ${periodName(cohort.start, period, f.locale)}, ${period} ${k}`, lines };
}

/** Tooltip words of the average row at `column` (an offset, or a calendar column). */
export function describeAverage(result: CohortRetentionResult, layout: CohortLayoutMode, column: number, part: AveragePart, f: Formatters): CellWords {
  const period = result.period as CohortPeriod;
  const first = result.cohorts[0]!;
  const where = layout === 'offset' ? `${period} ${column}` : periodName(addPeriods(first.start, period, column - first.startIndex), period, f.locale);
  const of = result.basis === 'customers' ? `${f.count(part.numerator)} of ${f.count(part.denominator)} customers active` : `Revenue ${f.money(part.numerator)} over ${period} 0 revenue ${f.money(part.denominator)}`;
  const lines = [`${of} (${f.percent(part.rate)})`, `Weighted by cohort size, over ${f.count(part.cohorts)} ${part.cohorts === 1 ? 'cohort' : 'cohorts'}`];
  if (part.running > 0) lines.push(`Includes ${f.count(part.running)} ${part.running === 1 ? 'period' : 'periods'} still running`);
  return { title: `Average, ${where}`, lines };
}

/**
 * A cell's accessible name: its title, the figure as drawn (so that what is seen is what is
 * heard, WCAG 2.5.3), then its lines.
 */
export const spoken = (words: CellWords, figure: string): string => `${words.title}: ${figure}; ${words.lines.join('; ')}`;

/**
 * Every cell as one row — cohort, size, offset, period, count, rate, status — then the average
 * by offset; raw values for CSV (days as `YYYY-MM-DD`, rates as fractions), text for the table view.
 */
export function cohortTable(result: CohortRetentionResult, caption: string, f: Formatters): TableData {
  const period = result.period as CohortPeriod;
  const revenue = result.basis === 'revenue';
  const columns = [
    { label: 'Cohort' },
    { label: 'Cohort size', numeric: true },
    { label: `Offset (${period}s)`, numeric: true },
    { label: 'Period' },
    { label: revenue ? 'Revenue' : 'Active customers', numeric: true },
    { label: revenue ? `Rate (over ${period} 0)` : 'Rate', numeric: true },
    { label: 'Status' },
  ];
  const rows: (string | number | null)[][] = [];
  const text: string[][] = [];
  result.cohorts.forEach((cohort, i) => {
    const name = periodName(cohort.start, period, f.locale);
    cohort.counts.forEach((count, k) => {
      const start = addPeriods(cohort.start, period, k);
      const rate = cohort.rates[k] ?? null;
      const status = result.incomplete[i] === k ? 'incomplete (period still running)' : 'complete';
      rows.push([cohort.start, cohort.size, k, start, count, rate, status]);
      text.push([name, f.count(cohort.size), f.count(k), periodName(start, period, f.locale), revenue ? f.money(count) : f.count(count), f.percent(rate), status]);
    });
  });
  averageParts(result, 'offset').forEach((part, k) => {
    const status = part.running > 0 ? `includes ${part.running} period${part.running === 1 ? '' : 's'} still running` : 'complete';
    const label = 'Average (weighted by cohort size)';
    const size = result.cohorts.reduce((sum, c) => sum + (c.counts.length > k ? c.size : 0), 0);
    rows.push([label, size, k, null, part.numerator, part.rate, status]);
    text.push([label, f.count(size), f.count(k), '', revenue ? f.money(part.numerator) : f.count(part.numerator), f.percent(part.rate), status]);
  });
  return { caption, columns, rows, text };
}
