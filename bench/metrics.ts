/**
 * The metrics under benchmark: the engine call, the key outputs taken from its result, and the
 * same computation in arquero and (funnel, cohort matrix) written plainly. Targets are DESIGN.md's
 * "Performance budget": warm medians, and at least 10× faster than arquero.
 */
import type { CohortRetentionResult } from '../src/metrics/customers/cohort-retention.js';
import type { LifetimeValueResult } from '../src/metrics/customers/lifetime-value.js';
import type { RelationshipGroupsResult } from '../src/metrics/customers/relationship-groups.js';
import type { FunnelResult } from '../src/metrics/sales/funnel.js';
import type { Dataset, MetricOptions, ScalarResult } from '../src/metrics.js';
import type { KeyOutputs } from './lib/check.js';
import type { DataBounds } from './lib/data-bounds.js';
import { arqueroChurn } from './peers/arquero/churn.js';
import { arqueroCohort } from './peers/arquero/cohort.js';
import { arqueroFunnel } from './peers/arquero/funnel.js';
import { arqueroLifetimeValue } from './peers/arquero/lifetime-value.js';
import { arqueroRelationship } from './peers/arquero/relationship.js';
import { arqueroSalesCycle, engineSalesCycle } from './peers/arquero/sales-cycle.js';
import type { AqTables } from './peers/arquero/tables.js';
import { plainCohort } from './peers/plain/cohort.js';
import { plainFunnel } from './peers/plain/funnel.js';

export interface MetricBench {
  /** Short name used on the command line (`--only funnel,cohort`). */
  key: string;
  id: string;
  label: string;
  options: MetricOptions;
  /** Warm median target in ms, where DESIGN.md sets one. */
  targetMs?: number;
  /** Required arquero / crm-kit ratio, where set. */
  minRatio?: number;
  extract(result: unknown): KeyOutputs;
  arquero(t: AqTables): KeyOutputs;
  plain?(dataset: Dataset, bounds: DataBounds): KeyOutputs;
}

const CHURN_RANGE = { from: '2023-01-01', to: '2024-01-01' };
const CHURN_RANGE_MS = { from: Date.UTC(2023, 0, 1), to: Date.UTC(2024, 0, 1) };

const GROUPS = ['strangers', 'butterflies', 'barnacles', 'true-friends'] as const;

/**
 * The scoped rows: a year and (funnel) a segment, the view a dashboard filter makes. The budget's
 * targets are set on the whole-range rows; these show what a scope costs, since the engine keeps
 * whole-table figures (all stays, each account's totals) that only a whole range can reuse.
 */
const YEAR_2023 = { from: '2023-01-01', to: '2024-01-01' };
const YEAR_2023_MS = { from: Date.UTC(2023, 0, 1), to: Date.UTC(2024, 0, 1) };

const funnelOutputs = (result: unknown): KeyOutputs => {
  const r = result as FunnelResult;
  return {
    stages: r.stages.map((s) => s.stage),
    counts: r.stages.map((s) => s.count),
    values: r.stages.map((s) => s.value),
    won: r.won,
    lost: r.lost,
    open: r.open,
    medianDays: r.stages.map((s) => s.medianDays),
    meanDays: r.stages.map((s) => s.meanDays),
    bottleneck: r.bottleneck,
  };
};

const relationshipOutputs = (result: unknown): KeyOutputs => {
  const r = result as RelationshipGroupsResult;
  return {
    customers: r.customers.length,
    profitabilityAxis: r.axes.profitability,
    loyaltyThreshold: r.thresholds.loyalty,
    profitabilityThreshold: r.thresholds.profitability,
    groups: [...GROUPS],
    groupCounts: GROUPS.map((g) => r.groups[g].count),
    groupRevenues: GROUPS.map((g) => r.groups[g].revenue),
  };
};

export const METRIC_BENCHES: MetricBench[] = [
  {
    key: 'funnel',
    id: 'funnel',
    label: 'funnel (reached)',
    options: {},
    targetMs: 5,
    minRatio: 10,
    extract: funnelOutputs,
    arquero: (t) => arqueroFunnel(t),
    plain: (dataset) => plainFunnel(dataset),
  },
  {
    key: 'funnel-scoped',
    id: 'funnel',
    label: 'funnel (2023, segment SMB)',
    options: { ...YEAR_2023, segment: 'SMB' },
    minRatio: 10,
    extract: funnelOutputs,
    arquero: (t) => arqueroFunnel(t, { ...YEAR_2023_MS, segment: 'SMB' }),
  },
  {
    key: 'cohort',
    id: 'cohort-retention',
    label: 'cohort matrix (month, customers)',
    options: { period: 'month', basis: 'customers' },
    targetMs: 30,
    minRatio: 10,
    extract(result) {
      const r = result as CohortRetentionResult;
      return { starts: r.cohorts.map((c) => c.start), sizes: r.cohorts.map((c) => c.size), counts: r.cohorts.flatMap((c) => c.counts), average: r.average };
    },
    arquero: arqueroCohort,
    plain: plainCohort,
  },
  {
    key: 'relationship',
    id: 'relationship-groups',
    label: 'relationship groups (median split)',
    options: {},
    targetMs: 20,
    minRatio: 10,
    extract: relationshipOutputs,
    arquero: (t) => arqueroRelationship(t),
  },
  {
    key: 'relationship-scoped',
    id: 'relationship-groups',
    label: 'relationship groups (2023)',
    options: YEAR_2023,
    minRatio: 10,
    extract: relationshipOutputs,
    arquero: (t) => arqueroRelationship(t, YEAR_2023_MS),
  },
  {
    key: 'cycle',
    id: 'sales-cycle',
    label: 'sales cycle',
    options: {},
    extract: engineSalesCycle,
    arquero: arqueroSalesCycle,
  },
  {
    key: 'churn',
    id: 'churn-rate',
    label: 'churn rate (2023)',
    options: CHURN_RANGE,
    extract(result) {
      const r = result as ScalarResult;
      return { definition: r.definition, numerator: r.numerator ?? null, denominator: r.denominator ?? null, value: r.value };
    },
    arquero: (t) => arqueroChurn(t, CHURN_RANGE_MS),
  },
  {
    key: 'ltv',
    id: 'lifetime-value',
    label: 'lifetime value (historic)',
    options: { definition: 'historic' },
    extract(result) {
      const r = result as LifetimeValueResult;
      const segments = [...r.bySegment].sort((a, b) => String(a.segment).localeCompare(String(b.segment)));
      return {
        customers: r.customers,
        value: r.value,
        averagePurchaseValue: r.parts.averagePurchaseValue,
        purchasesPerYear: r.parts.purchasesPerYear,
        lifespanYears: r.parts.lifespanYears,
        segments: segments.map((s) => s.segment),
        segmentCustomers: segments.map((s) => s.customers),
        segmentValues: segments.map((s) => s.value),
      };
    },
    arquero: arqueroLifetimeValue,
  },
];
