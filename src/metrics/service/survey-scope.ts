import { SURVEY_KINDS } from '../../table/index.js';
import { inRange, passes, type MetricScope } from '../scope.js';

/** The code of each survey kind in the table's `kind` column. */
export const SURVEY_KIND = { nps: SURVEY_KINDS.indexOf('nps'), ces: SURVEY_KINDS.indexOf('ces'), csat: SURVEY_KINDS.indexOf('csat') } as const;

/**
 * Whether survey response `i` is of `kind`, answered in [from, to), and passes the segment and
 * owner filters. Responses have no owner of their own, so both filters go through the account;
 * a response without an account is in no segment and has no owner, so any filter leaves it out.
 */
export function isSurveyInScope(scope: MetricScope, kind: number, i: number): boolean {
  const surveys = scope.table.surveys;
  return surveys.kind[i] === kind && inRange(scope, surveys.at[i] as number) && passes(scope, surveys.account[i] as number);
}
