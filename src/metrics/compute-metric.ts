/**
 * `computeMetric(id, data, options)`: the engine's one entry. It checks the id, the definition
 * and every option (an unknown one throws, listing the valid ones), builds the columnar table
 * once per dataset, and runs the metric's pure function over the resolved scope.
 */
import type { Dataset } from '../schema/index.js';
import { buildTable, Dictionary, type CrmTable } from '../table/index.js';
import type { MetricModule } from './metric-module.js';
import { checkOptionNames, type MetricOptions } from './options.js';
import { periodWindows } from './period-windows.js';
import { METRIC_IDS, METRICS, type MetricId, type MetricResult } from './registry.js';
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

export function computeMetric<Id extends MetricId>(id: Id, data: Dataset | CrmTable, options: MetricOptions = {}): MetricResult<Id> {
  const module = METRICS.get(id);
  if (!module) throw new RangeError(`unknown metric: ${JSON.stringify(id)} (expected one of ${METRIC_IDS.join(', ')})`);
  if (typeof data !== 'object' || data === null) throw new TypeError(`computeMetric(${JSON.stringify(id)}): expected a parsed dataset or a table`);
  checkOptionNames(id, options, module.options);
  const definition = definitionOf(module, options.definition);
  const scope = createScope(tableOf(data), options);
  const result = module.compute(scope, options, definition);
  if (module.kind === 'scalar' && scope.period) (result as ScalarResult).series = seriesOf(module, scope, options, definition);
  return result as MetricResult<Id>;
}
