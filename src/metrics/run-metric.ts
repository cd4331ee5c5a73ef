/**
 * `runMetric(module, data, options)`: everything `computeMetric` does except finding the module
 * by id. An element that draws one metric imports that metric's module and this, so its bundle
 * does not carry the whole catalog.
 */
import type { Dataset } from '../schema/index.js';
import { buildTable, Dictionary, type CrmTable } from '../table/index.js';
import type { MetricModule } from './metric-module.js';
import { checkOptionNames, type MetricOptions } from './options.js';
import { periodWindows } from './period-windows.js';
import type { ScalarResult, SeriesPoint } from './result.js';
import { createScope, type MetricScope } from './scope.js';

/** Tables already built, so every metric on one dataset shares one table. */
const tables = new WeakMap<object, CrmTable>();

function isTable(data: object): data is CrmTable {
  return (data as Partial<CrmTable>).stages instanceof Dictionary && 'deals' in data && ArrayBuffer.isView((data as CrmTable).deals.amount);
}

/** The table of a dataset, built on first use and cached for as long as the dataset lives. */
export function tableOf(data: Dataset | CrmTable): CrmTable {
  if (isTable(data)) return data;
  let table = tables.get(data);
  if (!table) {
    table = buildTable(data);
    tables.set(data, table);
  }
  return table;
}

function definitionOf(module: MetricModule, value: unknown): string {
  if (value === undefined) return module.definitions[0] as string;
  if (typeof value === 'string' && module.definitions.includes(value)) return value;
  const valid = module.definitions.map((d) => JSON.stringify(d)).join(', ');
  throw new RangeError(`unknown definition for ${module.id}: ${JSON.stringify(value)} (expected one of ${valid})`);
}

/** One point per period: the metric computed over each window of the scope. */
function seriesOf(module: MetricModule, scope: MetricScope, options: MetricOptions, definition: string): SeriesPoint[] {
  return periodWindows(scope).map(({ start, from, to }) => {
    const { value, numerator, denominator } = module.compute(scope.narrow(from, to), options, definition) as ScalarResult;
    const point: SeriesPoint = { start, value };
    if (numerator !== undefined) point.numerator = numerator;
    if (denominator !== undefined) point.denominator = denominator;
    return point;
  });
}

/**
 * Check the definition and every option (an unknown one throws, listing the valid ones), build
 * the columnar table once per dataset, and run the metric over the resolved scope.
 */
export function runMetric<Result>(module: MetricModule<string, Result>, data: Dataset | CrmTable, options: MetricOptions = {}): Result {
  if (typeof data !== 'object' || data === null) throw new TypeError(`${module.id}: expected a parsed dataset or a table`);
  checkOptionNames(module.id, options, module.options);
  const definition = definitionOf(module as MetricModule, options.definition);
  const scope = createScope(tableOf(data), options);
  const result = module.compute(scope, options, definition);
  if (module.kind === 'scalar' && scope.period) (result as ScalarResult).series = seriesOf(module as MetricModule, scope, options, definition);
  return result;
}
