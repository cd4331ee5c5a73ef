/**
 * The parameters of the simulated business, in one place. Arrays indexed by segment follow
 * {@link SEGMENTS}; arrays indexed by stage follow {@link STAGES}.
 */

export const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const SMB = 0;
export const MID_MARKET = 1;
export const ENTERPRISE = 2;

/** Share of new accounts per segment. */
export const SEGMENT_SHARE: readonly number[] = [0.62, 0.28, 0.1];
/** Median annual contract value of a new deal, dollars (lognormal). */
export const DEAL_MEDIAN: readonly number[] = [4000, 18000, 75000];
export const DEAL_SIGMA = 0.55;
/** Time-in-stage multiplier: bigger customers buy slower. */
export const CYCLE_FACTOR: readonly number[] = [1, 1.35, 1.9];
/** Baseline monthly churn hazard of a customer (SMB churns most). */
export const MONTHLY_CHURN: readonly number[] = [0.035, 0.017, 0.008];
/** Subscription term length in months (SMB buys quarterly, larger accounts annual contracts). */
export const TERM_MONTHS: readonly number[] = [3, 12, 12];
/** Purchases (orders) per customer per year. */
export const ORDERS_PER_YEAR: readonly number[] = [5, 8, 12];
/** Extra items per order beyond the first (Poisson mean). */
export const EXTRA_ITEMS: readonly number[] = [0.8, 1.8, 3.2];
/** Product mix per segment, weights over PRODUCTS in names.ts. */
export const PRODUCT_MIX: readonly (readonly number[])[] = [
  [5, 6, 4, 2, 1.5, 0.7, 0.2, 0.05],
  [2, 3, 4, 3, 3, 2, 1, 0.4],
  [1, 1, 3, 3, 4, 4, 2.5, 1.5],
];
/** Support tickets per customer per month. */
export const TICKETS_PER_MONTH: readonly number[] = [0.15, 0.3, 0.55];
/** Expansion deals (upsell, cross-sell, renewal) per customer per year. */
export const EXPANSION_PER_YEAR: readonly number[] = [0.6, 1.0, 1.6];

export const STAGES: readonly string[] = ['Lead', 'Qualified', 'Proposal', 'Negotiation'];
/** Median days in each stage for SMB (times CYCLE_FACTOR for larger segments). */
export const STAGE_MEDIAN_DAYS: readonly number[] = [6, 11, 15, 9];
export const STAGE_SIGMA = 0.7;

export const DEAL_KINDS = ['new', 'upsell', 'cross-sell', 'renewal'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];
export const NEW = 0;
/** Share of expansion deals by kind (upsell, cross-sell, renewal): index 1–3 of DEAL_KINDS. */
export const EXPANSION_MIX: readonly number[] = [0, 0.4, 0.35, 0.25];
/** Amount of a deal of each kind relative to a new deal of the segment. */
export const KIND_AMOUNT: readonly number[] = [1, 0.35, 0.5, 0.9];
/**
 * Probability of leaving each stage forward, per kind; at the last stage, of winning. Existing
 * customers buy more readily, so expansion deals narrow less.
 */
export const ADVANCE: readonly (readonly number[])[] = [
  [0.75, 0.72, 0.75, 0.65],
  [0.85, 0.8, 0.8, 0.7],
  [0.82, 0.78, 0.78, 0.66],
  [0.92, 0.9, 0.9, 0.85],
];
/** Per-stage advance multiplier for accounts in a campaign's test group (the campaign's lift). */
export const TEST_GROUP_LIFT = 1.08;

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'web', 'chat'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const CALL = 0;
export const EMAIL = 1;
export const MEETING = 2;
export const WEB = 3;
export const CHAT = 4;
