/**
 * The survey responses behind a mark of `<crm-satisfaction>` — the NPS detractors, passives or
 * promoters, the CES responses on one point of the scale, the CSAT responses in or out of the
 * top two boxes — under the same options (and the same rules) as `nps`, `ces` and `csat`, so
 * they are exactly the responses those metrics count. Responses have no id of their own in the
 * canonical dataset: a `crm-select` hands on their accounts, and tests check the row counts.
 */
import type { CrmTable } from '../../table/index.js';
import type { MetricOptions } from '../options.js';
import { createScope } from '../scope.js';
import { DEFAULT_CES_SCALE } from './ces.js';
import { PASSIVE_SCORE, PROMOTER_SCORE } from './nps.js';
import { isSurveyInScope, SURVEY_KIND } from './survey-scope.js';

/** The NPS groups, from the detractors' end of the scale to the promoters'. */
export const NPS_GROUPS = ['detractors', 'passives', 'promoters'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

/**
 * Which responses: all of a kind, or one NPS group, one CES point (on the `ces` metric's target
 * scale, `options.scale`, default 7: only responses given on that scale sit on a point), or the
 * CSAT responses that are (or are not) in the top two boxes of their own scale.
 */
export type SurveyGroup = { kind: 'nps'; group?: NpsGroup } | { kind: 'ces'; score?: number } | { kind: 'csat'; satisfied?: boolean };

/** The NPS group of a score on 0–10, by the metric's thresholds. */
export function npsGroupOf(score: number): NpsGroup {
  return score >= PROMOTER_SCORE ? 'promoters' : score >= PASSIVE_SCORE ? 'passives' : 'detractors';
}

/** Rows of the survey responses of `group` under `options` (from, to, segment, owner, zone), in row order. */
export function surveyRows(table: CrmTable, options: MetricOptions, group: SurveyGroup): number[] {
  const scope = createScope(table, options);
  const { score, scale, length } = table.surveys;
  const target = typeof options.scale === 'number' ? options.scale : Number(options.scale ?? DEFAULT_CES_SCALE);
  let keep: (i: number) => boolean = () => true;
  if (group.kind === 'nps' && group.group) keep = (i) => npsGroupOf(score[i] as number) === group.group;
  else if (group.kind === 'ces' && group.score !== undefined) keep = (i) => scale[i] === target && score[i] === group.score;
  else if (group.kind === 'csat' && group.satisfied !== undefined) keep = (i) => ((score[i] as number) >= (scale[i] as number) - 1) === group.satisfied;
  const kind = SURVEY_KIND[group.kind];
  const rows: number[] = [];
  for (let i = 0; i < length; i++) if (isSurveyInScope(scope, kind, i) && keep(i)) rows.push(i);
  return rows;
}

/** Distinct account ids of `surveyRows(…)`, in account order; a response without an account adds none. */
export function surveyAccounts(table: CrmTable, options: MetricOptions, group: SurveyGroup): string[] {
  const seen = new Uint8Array(table.accounts.length);
  for (const i of surveyRows(table, options, group)) {
    const a = table.surveys.account[i] as number;
    if (a >= 0) seen[a] = 1;
  }
  const ids: string[] = [];
  for (let a = 0; a < seen.length; a++) if (seen[a]) ids.push(table.accounts.ids.values[a] as string);
  return ids;
}
