// Runs in a module Worker: proves `crm-kit/metrics` needs no DOM.
import { buildTable, parseDataset } from '../../src/metrics.js';

self.onmessage = (event: MessageEvent<unknown>) => {
  const { dataset, problems } = parseDataset(event.data, { mode: 'lenient' });
  const table = buildTable(dataset);
  // Typed arrays are transferred, not copied: the worker gives up its buffer.
  const amounts = table.deals.amount;
  (self as unknown as Worker).postMessage({ problems: problems.length, amounts, hasDocument: typeof document !== 'undefined' }, [amounts.buffer]);
};
