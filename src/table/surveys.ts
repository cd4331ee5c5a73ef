import type { Survey } from '../schema/index.js';
// The module itself, not the schema index: the table layer must not pull zod in.
import { surveyScale } from '../schema/rules/survey-scale.js';
import { codeColumn, enumColumn, numberColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';
import { SURVEY_KINDS } from './enums.js';

/** Survey responses as columns, with each response's scale resolved (NPS 0–10, CES 1–7, CSAT 1–5 by default). */
export interface SurveyColumns {
  length: number;
  at: Float64Array;
  /** Index into SURVEY_KINDS. */
  kind: Uint8Array;
  score: Float64Array;
  /** The top of the response's scale, defaults applied. */
  scale: Float64Array;
  account: Int32Array;
}

export function surveyColumns(rows: readonly Survey[], dicts: { accounts: Dictionary }): SurveyColumns {
  return {
    length: rows.length,
    at: timeColumn(rows, (r) => r.at),
    kind: enumColumn(rows, (r) => r.kind, SURVEY_KINDS),
    score: numberColumn(rows, (r) => r.score),
    scale: numberColumn(rows, (r) => surveyScale(r.kind, r.scale).max),
    account: codeColumn(rows, (r) => r.accountId, dicts.accounts),
  };
}
