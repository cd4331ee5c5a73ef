/**
 * How `<crm-kpi>` presents each scalar metric of the catalog: its name, which direction is
 * good, how its value reads, and for each named definition one line that says what is counted
 * and the words for an empty base. The numbers come from the engine; this is only language.
 *
 * A scalar metric added to the registry without an entry here fails the KPI tests, so no metric
 * reaches a tile without knowing whether up is good.
 */

/** Which way of moving is an improvement. */
export type GoodDirection = 'up' | 'down';

/**
 * How a value reads: `percent` a fraction as 23.5% (its change in percentage points),
 * `money`, `count`, `days` (their change relative, +12%), `score` a mean on a scale (3.4),
 * `points` NPS points from −100 to 100, `multiple` a ratio of two amounts (1.5 : 1).
 */
export type KpiValueKind = 'percent' | 'money' | 'count' | 'days' | 'score' | 'points' | 'multiple';

export interface KpiDefinitionText {
  /** What is counted, in one line: "Won ÷ (won + lost) among deals closed in the range". */
  formula: string;
  /** Why the value can be missing, as "no …" words: "no deals closed". Empty for a sum, never missing. */
  empty: string;
}

export interface KpiCatalogEntry {
  label: string;
  good: GoodDirection;
  kind: KpiValueKind;
  /** Per named definition of the metric (the engine's `definition` in its result). */
  definitions: Readonly<Record<string, KpiDefinitionText>>;
}

const lost = (how: string): KpiDefinitionText => ({ formula: how, empty: 'no customers active at the start' });
const revenueBases = (what: string): Record<string, KpiDefinitionText> => ({
  orders: { formula: `${what}, from orders (refunds subtract)`, empty: '' },
  subscriptions: { formula: `${what}, from subscription terms earned in the range`, empty: '' },
  'won-deals': { formula: `${what}, from won deals at their close`, empty: '' },
});

export const KPI_CATALOG: Readonly<Record<string, KpiCatalogEntry>> = {
  'close-rate': {
    label: 'Close rate',
    good: 'up',
    kind: 'percent',
    definitions: { 'won-over-created': { formula: 'Won ÷ deals created in the range (open deals count)', empty: 'no deals created' } },
  },
  'win-rate': {
    label: 'Win rate',
    good: 'up',
    kind: 'percent',
    definitions: {
      'won-over-closed': { formula: 'Won ÷ (won + lost) among deals closed in the range', empty: 'no deals closed' },
      'won-over-all': { formula: 'Won ÷ all deals created in the range', empty: 'no deals created' },
    },
  },
  'activity-volume': {
    label: 'Activities',
    good: 'up',
    kind: 'count',
    definitions: { 'all-activities': { formula: 'Calls, emails, meetings and other activities logged in the range', empty: '' } },
  },
  'new-revenue': {
    label: 'New revenue',
    good: 'up',
    kind: 'money',
    definitions: revenueBases('Revenue from customers in their first 12 months (option `months`)'),
  },
  'upsell-rate': {
    label: 'Upsell rate',
    good: 'up',
    kind: 'percent',
    definitions: { 'upsell-or-cross-sell': { formula: 'Customers with a won upsell or cross-sell ÷ active customers', empty: 'no active customers' } },
  },
  'order-value': {
    label: 'Average order value',
    good: 'up',
    kind: 'money',
    definitions: { 'mean-purchase': { formula: 'Purchase amounts ÷ purchases (refunds apart)', empty: 'no purchases' } },
  },
  cac: {
    label: 'Customer acquisition cost',
    good: 'down',
    kind: 'money',
    definitions: { 'sales-and-marketing': { formula: 'Sales and marketing cost ÷ customers acquired in the range', empty: 'no customers acquired' } },
  },
  'churn-rate': {
    label: 'Churn rate',
    good: 'down',
    kind: 'percent',
    definitions: {
      'churned-at': lost('Customers lost (churned) ÷ customers active at the start'),
      'subscription-end': lost('Customers whose last subscription ended ÷ customers active at the start'),
      inactivity: lost('Customers gone quiet (no purchase for `inactiveDays`, 90 by default) ÷ customers active at the start'),
    },
  },
  'retention-rate': {
    label: 'Retention rate',
    good: 'up',
    kind: 'percent',
    definitions: {
      'churned-at': lost('Customers kept (not churned) ÷ customers active at the start'),
      'subscription-end': lost('Customers still subscribed ÷ customers active at the start'),
      inactivity: lost('Customers still buying ÷ customers active at the start'),
    },
  },
  'renewal-rate': {
    label: 'Renewal rate',
    good: 'up',
    kind: 'percent',
    definitions: { 'renewed-over-ended': { formula: 'Subscription terms renewed ÷ terms that ended in the range', empty: 'no terms ended' } },
  },
  'clv-cac-ratio': {
    label: 'CLV : CAC',
    good: 'up',
    kind: 'multiple',
    definitions: {
      historic: { formula: 'Historic lifetime value ÷ acquisition cost (3 : 1 is the rule of thumb)', empty: 'no lifetime value or no customer acquired' },
      churn: { formula: 'Churn-based lifetime value ÷ acquisition cost (3 : 1 is the rule of thumb)', empty: 'no lifetime value or no customer acquired' },
    },
  },
  nps: {
    label: 'Net Promoter Score',
    good: 'up',
    kind: 'points',
    definitions: { 'promoters-minus-detractors': { formula: '% promoters (9–10) − % detractors (0–6), from −100 to 100', empty: 'no NPS responses' } },
  },
  ces: {
    label: 'Customer effort score',
    // On the CES 2.0 agreement scale ("the company made it easy"), high means easy.
    good: 'up',
    kind: 'score',
    definitions: { mean: { formula: 'Mean effort score on 1–7 (higher is easier)', empty: 'no CES responses' } },
  },
  csat: {
    label: 'Customer satisfaction',
    good: 'up',
    kind: 'percent',
    definitions: { 'top-two-box': { formula: 'Responses in the top two points of the scale ÷ responses', empty: 'no CSAT responses' } },
  },
  'first-contact-resolution': {
    label: 'First contact resolution',
    good: 'up',
    kind: 'percent',
    definitions: {
      'over-resolved': { formula: 'Tickets resolved with one contact ÷ tickets resolved in the range', empty: 'no tickets resolved' },
      'over-all': { formula: 'Tickets resolved with one contact ÷ tickets opened in the range', empty: 'no tickets opened' },
    },
  },
  'expense-to-revenue': {
    label: 'Expense to revenue',
    good: 'down',
    kind: 'percent',
    definitions: {
      orders: { formula: 'Costs ÷ revenue from orders in the range', empty: 'no revenue' },
      subscriptions: { formula: 'Costs ÷ subscription revenue earned in the range', empty: 'no revenue' },
      'won-deals': { formula: 'Costs ÷ revenue of deals won in the range', empty: 'no revenue' },
    },
  },
};

/** The scalar ids the KPI knows, sorted (for error messages). */
export const KPI_METRIC_IDS = Object.keys(KPI_CATALOG).sort();

/**
 * The entry of a metric id, or a RangeError that says what is wrong: no id, or an id that is
 * not a scalar metric (with the element to use for the richer ones).
 */
export function kpiEntry(metric: string | undefined | null): KpiCatalogEntry {
  if (!metric) throw new RangeError(`metric: required; one of ${KPI_METRIC_IDS.join(', ')}`);
  const entry = KPI_CATALOG[metric];
  if (!entry || !Object.hasOwn(KPI_CATALOG, metric)) {
    throw new RangeError(`metric: ${JSON.stringify(metric)} is not a scalar metric of the catalog; <crm-kpi> shows one of ${KPI_METRIC_IDS.join(', ')}`);
  }
  return entry;
}

/** The definition's words, falling back to the metric's first (a definition the catalog has not named yet). */
export function definitionText(entry: KpiCatalogEntry, definition: string): KpiDefinitionText {
  return entry.definitions[definition] ?? (Object.values(entry.definitions)[0] as KpiDefinitionText);
}
