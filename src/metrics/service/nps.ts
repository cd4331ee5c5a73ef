import { defineMetric } from '../metric-module.js';
import { ratio, type ScalarResult } from '../result.js';
import { isSurveyInScope, SURVEY_KIND } from './survey-scope.js';

/** Scores from here up are promoters (9–10). */
export const PROMOTER_SCORE = 9;
/** Scores from here up to a promoter are passives (7–8); below are detractors (0–6). */
export const PASSIVE_SCORE = 7;

export interface NpsResult extends ScalarResult {
  /** NPS responses answered in the range. */
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Each group over the responses, as fractions (null with no responses); they sum to 1. */
  shares: { promoters: number | null; passives: number | null; detractors: number | null };
}

/**
 * Net Promoter Score: the percentage of promoters minus the percentage of detractors among
 * the NPS responses (surveys of kind `nps`) answered in [from, to).
 *
 * `nps = 100 × (promoters − detractors) / responses`, in points from −100 to 100 (20, not 0.2);
 * `numerator` is promoters − detractors, `denominator` the responses.
 *
 * The scale is 0–10, as practitioners use it: seed 003 says "on a scale of one to ten", which
 * is wrong (and seed 002 gives no scale). Promoters score 9–10, passives 7–8, detractors 0–6;
 * a fractional score meets a threshold only when it reaches it (8.5 is a passive, 6.5 a
 * detractor). Seeds 002, 003. Empty base (no response): `null`.
 */
export const nps = defineMetric({
  id: 'nps',
  family: 'service',
  definitions: ['promoters-minus-detractors'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): NpsResult {
    const { score } = scope.table.surveys;
    let promoters = 0;
    let passives = 0;
    let detractors = 0;
    for (let i = 0; i < score.length; i++) {
      if (!isSurveyInScope(scope, SURVEY_KIND.nps, i)) continue;
      const s = score[i] as number;
      if (s >= PROMOTER_SCORE) promoters++;
      else if (s >= PASSIVE_SCORE) passives++;
      else detractors++;
    }
    const responses = promoters + passives + detractors;
    const net = promoters - detractors;
    return {
      // 100 × net first, so 3 / 10 gives exactly 30 and not 30.000000000000004.
      value: ratio(100 * net, responses),
      numerator: net,
      denominator: responses,
      unit: 'score',
      definition,
      responses,
      promoters,
      passives,
      detractors,
      shares: { promoters: ratio(promoters, responses), passives: ratio(passives, responses), detractors: ratio(detractors, responses) },
    };
  },
});
