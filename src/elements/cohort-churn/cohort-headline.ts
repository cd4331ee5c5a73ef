/**
 * The headline figures beside the matrix — churn rate and renewal rate of the range — with the
 * definition each was computed by and its numerator and denominator. A rate without a base is
 * an em dash with the reason, never 0.
 */
import type { Formatters } from '../../format/formatters.js';
import type { ScalarResult } from '../../metrics/result.js';

export interface HeadlineFigure {
  /** What the figure is, with its formula: "Churn rate (lost / active at start)". */
  term: string;
  /** The rate, or an em dash. */
  value: string;
  /** Its parts and definition, or why there is no rate. */
  detail: string;
}

/** The churn definition applied, in words (the result's `definition` is never `auto`). */
export function churnDefinitionWords(definition: string, inactiveDays: number, f: Formatters): string {
  switch (definition) {
    case 'churned-at':
      return "definition churned-at: lost at the account's churn date";
    case 'subscription-end':
      return 'definition subscription-end: lost when the last subscription ends';
    case 'inactivity':
      return `definition inactivity: lost after ${f.count(inactiveDays)} days without a purchase`;
    default:
      return `definition ${definition}`;
  }
}

/**
 * `openStart`: the range has no `from`, so nobody is active before it and the base is every
 * customer acquired before its end (churn-rate.ts); the words say so.
 */
export function churnFigure(churn: ScalarResult, inactiveDays: number, openStart: boolean, f: Formatters): HeadlineFigure {
  const definition = churnDefinitionWords(churn.definition, inactiveDays, f);
  const base = openStart ? `all ${f.count(churn.denominator)} customers (no start date)` : `${f.count(churn.denominator)} customers active at the start`;
  const parts = churn.value === null ? (openStart ? 'No customers in the range' : 'No customers active at the start of the range') : `${f.count(churn.numerator)} lost of ${base}`;
  return { term: 'Churn rate (lost / active at start)', value: f.percent(churn.value), detail: `${parts}; ${definition}` };
}

export function renewalFigure(renewal: ScalarResult, subscriptionTerms: number, f: Formatters): HeadlineFigure {
  let detail: string;
  if (renewal.value !== null) detail = `${f.count(renewal.numerator)} of ${f.count(renewal.denominator)} subscription terms that ended were renewed`;
  else if (subscriptionTerms === 0) detail = 'No subscriptions in the data: nothing to renew';
  else detail = 'No subscription term ended in this range';
  return { term: 'Renewal rate (renewed / ended terms)', value: f.percent(renewal.value), detail };
}
