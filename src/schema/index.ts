export { datasetSchema } from './dataset.js';
export type * from './dataset.js';
export * from './tables.js';
export { DatasetError, formatProblem, shortValue, type DatasetProblem, type ProblemRule } from './problems.js';
export { parseDataset, type ParseMode, type ParseOptions, type ParsedDataset } from './parse-dataset.js';
export { isColumnarTable, toColumnar, type ColumnarDatasetInput, type ColumnarTable } from './columnar.js';
export { surveyScale } from './rules/survey-scale.js';
