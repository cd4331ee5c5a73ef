/**
 * What `<crm-satisfaction>` draws, computed once per input: `nps`, `ces` and `csat` over the
 * whole range and over each period's window (the windows a scalar metric's `series` uses, so a
 * period's score and count are the engine's own), and the places with too few responses.
 */
import type { MetricOptions } from '../../metrics/options.js';
import { periodWindows } from '../../metrics/period-windows.js';
import type { ScalarResult } from '../../metrics/result.js';
import { runMetric } from '../../metrics/run-metric.js';
import { ces, type CesResult } from '../../metrics/service/ces.js';
import { csat } from '../../metrics/service/csat.js';
import { nps, type NpsResult } from '../../metrics/service/nps.js';
import { createScope } from '../../metrics/scope.js';
import type { CrmTable, Period } from '../../table/index.js';
import { elementCompute } from '../shared/element-compute.js';

export const SURVEY_KINDS_SHOWN = ['nps', 'ces', 'csat'] as const;
export type SurveyKind = (typeof SURVEY_KINDS_SHOWN)[number];

/** The three scores over one window. */
export interface SurveyScores {
  nps: NpsResult;
  ces: CesResult;
  csat: ScalarResult;
}

export interface SatisfactionPeriod extends SurveyScores {
  /** First local day of the period, `YYYY-MM-DD`. */
  start: string;
  /** The window counted: the period clipped to the range, epoch ms. */
  from: number;
  to: number;
}

/** A score resting on fewer responses than the element's threshold (`start` null: the whole range). */
export interface LowResponses {
  kind: SurveyKind;
  start: string | null;
  responses: number;
}

export interface SatisfactionView extends SurveyScores {
  period: Period;
  /** The threshold in effect: fewer responses than this are too few to trust. */
  minResponses: number;
  periods: SatisfactionPeriod[];
  /** Every score of a kind that has responses in the range, resting on 1 to minResponses − 1 of them. */
  low: LowResponses[];
}

/** Responses behind a score: `nps` and `ces` say so, `csat` (a ratio) has them as its denominator. */
export function responsesOf(scores: SurveyScores, kind: SurveyKind): number {
  return kind === 'csat' ? (scores.csat.denominator ?? 0) : scores[kind].responses;
}

function scores(table: CrmTable, options: MetricOptions, cesScale: number | undefined): SurveyScores {
  return {
    nps: runMetric(nps, table, options),
    ces: runMetric(ces, table, cesScale === undefined ? options : { ...options, scale: cesScale }),
    csat: runMetric(csat, table, options),
  };
}

/**
 * A period with no response of a kind is not "too few": it has no score to mistrust, and it is
 * drawn empty. Neither is a kind the data has no responses of at all (a dataset without CES).
 */
function lowResponses(total: SurveyScores, periods: readonly SatisfactionPeriod[], min: number): LowResponses[] {
  const low: LowResponses[] = [];
  for (const kind of SURVEY_KINDS_SHOWN) {
    const all = responsesOf(total, kind);
    if (all === 0) continue;
    if (all < min) low.push({ kind, start: null, responses: all });
    for (const p of periods) {
      const n = responsesOf(p, kind);
      if (n > 0 && n < min) low.push({ kind, start: p.start, responses: n });
    }
  }
  return low;
}

export function satisfactionView(table: CrmTable, options: MetricOptions, period: Period, minResponses: number, cesScale: number | undefined): SatisfactionView {
  const total = scores(table, options, cesScale);
  const periods = periodWindows(createScope(table, { ...options, period })).map(({ start, from, to }) => ({ start, from, to, ...scores(table, { ...options, from, to }, cesScale) }));
  return { ...total, period, minResponses, periods, low: lowResponses(total, periods, minResponses) };
}

export interface SatisfactionInput {
  readonly options: MetricOptions;
  readonly period: Period;
  readonly minResponses: number;
  readonly cesScale: number | undefined;
}

/** The element's computation under its key, for the load worker (src/worker/compute-registry.ts). */
export const satisfactionCompute = elementCompute('satisfaction', (table, input: SatisfactionInput): SatisfactionView => satisfactionView(table, input.options, input.period, input.minResponses, input.cesScale));
