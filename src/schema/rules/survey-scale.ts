import type { SurveyKind } from '../dataset.js';
import { problem, type DatasetProblem } from '../problems.js';
import { reject, rowPath, type TableCheck } from '../row-check.js';

/**
 * The points of each survey scale. NPS is always 0–10 (the seed's "one to ten" is wrong; the
 * practitioners' scale is eleven points). CES and CSAT run from 1 to their `scale`, by
 * default 7 (CES) and 5 (CSAT).
 */
export function surveyScale(kind: SurveyKind, scale: number | undefined): { min: number; max: number } {
  switch (kind) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'ces':
      return { min: 1, max: scale ?? 7 };
    case 'csat':
      return { min: 1, max: scale ?? 5 };
  }
}

export function checkSurveyScores(check: TableCheck, problems: DatasetProblem[]): void {
  const kinds = check.columns.kind as SurveyKind[];
  const scales = check.columns.scale as Float64Array;
  const scores = check.columns.score as Float64Array;
  for (let i = 0; i < check.length; i++) {
    if (!check.kept[i]) continue;
    const kind = kinds[i] as SurveyKind;
    const scale = scales[i] as number;
    const given = scale === scale ? scale : undefined;
    if (kind === 'nps' && given !== undefined && given !== 10) {
      reject(check, i, problem(rowPath(check.name, i, ['scale']), 'score-scale', 'NPS is scored 0–10; scale must be 10 or absent', given), problems);
      continue;
    }
    const { min, max } = surveyScale(kind, given);
    const score = scores[i] as number;
    if (score < min || score > max) {
      reject(check, i, problem(rowPath(check.name, i, ['score']), 'score-scale', `outside the ${kind.toUpperCase()} scale ${min}–${max}`, score), problems);
    }
  }
}
