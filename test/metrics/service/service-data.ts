/** Row builders for the service metric tests. */
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

export type SurveyRow = NonNullable<DatasetInput['surveys']>[number];
export type TicketRow = NonNullable<DatasetInput['tickets']>[number];

export const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;

export const survey = (kind: SurveyRow['kind'], score: number, at = '2024-01-15', extra: Partial<SurveyRow> = {}): SurveyRow => ({ kind, score, at, ...extra });

/** Responses of one kind, one per score, all answered on `at`. */
export const surveys = (kind: SurveyRow['kind'], scores: number[], at = '2024-01-15', extra: Partial<SurveyRow> = {}): SurveyRow[] => scores.map((score) => survey(kind, score, at, extra));

export const ticket = (id: string, openedAt: string, extra: Partial<TicketRow> = {}): TicketRow => ({ id, openedAt, contacts: 1, ...extra });

/** Two accounts in different segments and owners, for filter tests (created when the test data starts, so a series spans no more). */
export const ACCOUNTS: DatasetInput['accounts'] = [
  { id: 'x', segment: 'SMB', owner: 'Kim', createdAt: '2024-01-01' },
  { id: 'y', segment: 'Enterprise', owner: 'Lee', createdAt: '2024-01-01' },
];
