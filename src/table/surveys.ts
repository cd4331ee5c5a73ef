import type { Survey } from '../schema/index.js';
// The module itself, not the schema index: the table layer must not pull zod in.
import { surveyScale } from '../schema/rules/survey-scale.js';
import { codeColumn, enumColumn, numberColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';
import { SURVEY_KINDS } from './enums.js';
import type { TableSource } from './table-source.js';

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

export function surveyColumns(source: TableSource<Survey>, dicts: { accounts: Dictionary }): SurveyColumns {
  const { length } = source;
  const kind = source.values('kind');
  const scale = source.values('scale');
  return {
    length,
    at: source.numbers('at'),
    kind: enumColumn(length, kind, SURVEY_KINDS),
    score: source.numbers('score'),
    scale: numberColumn(length, (k) => surveyScale(kind(k) as Survey['kind'], scale(k)).max),
    account: codeColumn(length, source.values('accountId'), dicts.accounts),
  };
}
