import { defineMetric } from '../metric-module.js';
import { ratioResult, type ScalarResult } from '../result.js';
import { isSurveyInScope, SURVEY_KIND } from './survey-scope.js';

/**
 * Customer satisfaction (CSAT), top-two-box: the share of CSAT responses answered in
 * [from, to) that score in the top two points of their own scale.
 *
 * `csat = responses with score ≥ scale − 1 / responses`: 4–5 on the default 1–5 scale, 9–10
 * on 1–10. Each response is judged on its own scale (`surveys.scale`, default 5), so
 * responses on different scales mix fairly. A fractional score counts only when it reaches
 * the threshold (3.5 on 1–5 is not satisfied); on a 2-point scale every response is in the top
 * two. Seed 004 ("customer satisfaction… measured using surveys and polls").
 * Empty base (no response): `null`.
 */
export const csat = defineMetric({
  id: 'csat',
  family: 'service',
  definitions: ['top-two-box'],
  options: [],
  kind: 'scalar',
  compute(scope, _options, definition): ScalarResult {
    const { score, scale } = scope.table.surveys;
    let responses = 0;
    let satisfied = 0;
    for (let i = 0; i < score.length; i++) {
      if (!isSurveyInScope(scope, SURVEY_KIND.csat, i)) continue;
      responses++;
      if ((score[i] as number) >= (scale[i] as number) - 1) satisfied++;
    }
    return ratioResult(satisfied, responses, definition);
  },
});
