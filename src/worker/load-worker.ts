/**
 * The load worker: JSON.parse, parseDataset and buildTable off the page's main thread, for data
 * large enough that doing them there would freeze the page (a million deals take seconds).
 * Started by src/worker/load-in-worker.ts, one worker per load; it answers `ready` at once so
 * that the page transfers its bytes only to a worker that really runs, then one reply.
 */
import { loadDataset } from '../controllers/load-dataset.js';
import { decodeUtf8 } from '../sources/decode-utf8.js';
import { parseJsonText } from '../sources/parse-json.js';
import { packTable } from '../table/table-transfer.js';
import { toWireError, type LoadReply, type LoadRequest } from './load-protocol.js';

const scope = self as unknown as { postMessage(message: LoadReply, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<LoadRequest>) => void) | null };

scope.onmessage = ({ data: { input, strict, source } }) => {
  let reply: LoadReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const text = typeof input === 'string' ? input : decodeUtf8(input, source);
    const { table, problems, rows } = loadDataset(parseJsonText(text, source), strict);
    const message = packTable(table);
    transfer = message.transfer;
    reply = { type: 'loaded', table: message.table, problems, rows };
  } catch (error) {
    reply = { type: 'failed', error: toWireError(error) };
  }
  scope.postMessage(reply, transfer);
};

scope.postMessage({ type: 'ready' });
