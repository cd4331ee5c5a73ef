import { defineMetric } from '../metric-module.js';
import { numberOption } from '../options.js';
import { mean, type ScalarResult } from '../result.js';
import { isSurveyInScope, SURVEY_KIND } from './survey-scope.js';

/** The target scale when the `scale` option is absent: the 7-point CES 2.0 scale. */
export const DEFAULT_CES_SCALE = 7;
/** The widest target scale accepted (the seed mentions 0–100 ranges). */
export const MAX_CES_SCALE = 100;

export interface CesResult extends ScalarResult {
  /** The target scale 1..scale the mean is on. */
  scale: number;
  /** CES responses answered in the range. */
  responses: number;
  /**
   * Responses per point 1..scale, when every response is on the target scale with a whole
   * score (all zeros with no response); `null` when some had to be rescaled or are fractional,
   * since a rescaled score falls between points.
   */
  distribution: { score: number; count: number }[] | null;
}

function scaleOption(value: unknown): number {
  const scale = numberOption('ces', 'scale', value, DEFAULT_CES_SCALE, 2, MAX_CES_SCALE);
  if (!Number.isInteger(scale)) throw new RangeError(`invalid scale for ces: ${JSON.stringify(value)} (expected a whole number from 2 to ${MAX_CES_SCALE})`);
  return scale;
}

/**
 * Customer effort score (CES): the mean score of the CES responses answered in [from, to),
 * on the scale 1..`scale` (option, default 7).
 *
 * Responses may come on different scales (`surveys.scale`, default 7): each is first mapped
 * linearly from its own 1..s onto 1..scale, `1 + (score − 1) × (scale − 1) / (s − 1)` (so 3 on
 * 1–5 is 4 on 1–7, the middle of both), then `ces = Σ rescaled / responses`; `numerator` is
 * that sum, `denominator` the responses. Which end is good depends on the question asked: on
 * the CES 2.0 agreement scale ("the company made it easy…"), as in the generator, high is
 * easy. Seed 003 (§3, "the customer's effort rating"). Empty base (no response): `null`.
 */
export const ces = defineMetric({
  id: 'ces',
  family: 'service',
  definitions: ['mean'],
  options: ['scale'],
  kind: 'scalar',
  compute(scope, options, definition): CesResult {
    const target = scaleOption(options.scale);
    const { score, scale } = scope.table.surveys;
    const counts = new Float64Array(target);
    let onTarget = true;
    let responses = 0;
    let sum = 0;
    for (let i = 0; i < score.length; i++) {
      if (!isSurveyInScope(scope, SURVEY_KIND.ces, i)) continue;
      const s = score[i] as number;
      const own = scale[i] as number;
      responses++;
      if (own === target) {
        sum += s;
        if (Number.isInteger(s)) counts[s - 1] = (counts[s - 1] as number) + 1;
        else onTarget = false;
      } else {
        sum += 1 + ((s - 1) * (target - 1)) / (own - 1);
        onTarget = false;
      }
    }
    const distribution = onTarget ? Array.from(counts, (count, k) => ({ score: k + 1, count })) : null;
    return { value: mean(sum, responses), numerator: sum, denominator: responses, unit: 'score', definition, scale: target, responses, distribution };
  },
});
