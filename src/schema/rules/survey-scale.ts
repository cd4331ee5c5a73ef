import type { Survey, SurveyKind } from '../dataset.js';
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

export function checkSurveyScores(check: TableCheck<Survey>, problems: DatasetProblem[]): void {
  for (let i = 0; i < check.rows.length; i++) {
    const survey = check.rows[i];
    if (!survey || !check.kept[i]) continue;
    if (survey.kind === 'nps' && survey.scale !== undefined && survey.scale !== 10) {
      reject(check, i, problem(rowPath(check.name, i, ['scale']), 'score-scale', 'NPS is scored 0–10; scale must be 10 or absent', survey.scale), problems);
      continue;
    }
    const { min, max } = surveyScale(survey.kind, survey.scale);
    if (survey.score < min || survey.score > max) {
      reject(check, i, problem(rowPath(check.name, i, ['score']), 'score-scale', `outside the ${survey.kind.toUpperCase()} scale ${min}–${max}`, survey.score), problems);
    }
  }
}
