/**
 * Writes a dataset (rows or columnar) to a JSON file a table at a time and in batches of rows,
 * so a million deals never become one giant string: V8 cannot hold a string over about 512 MB,
 * and the row JSON of 1M deals with every other table is larger than that.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Buffers small strings and writes them to the file about a megabyte at a time. */
class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length > 0) writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

const BATCH = 10_000;

/** A list as JSON, one row per line for row tables, in batches for columns of values. */
function writeList(writer: ChunkWriter, list: readonly unknown[], oneLineEach: boolean): void {
  if (!oneLineEach) {
    writer.write('[');
    for (let i = 0; i < list.length; i += BATCH) {
      if (i > 0) writer.write(',');
      writer.write(JSON.stringify(list.slice(i, i + BATCH)).slice(1, -1));
    }
    writer.write(']');
    return;
  }
  writer.write('[');
  for (let i = 0; i < list.length; i++) writer.write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(list[i])}`);
  writer.write(list.length > 0 ? '\n]' : ']');
}

function writeChunks(writer: ChunkWriter, dataset: Record<string, unknown>): void {
  const tables = Object.entries(dataset).filter(([, value]) => value !== undefined);
  writer.write('{');
  tables.forEach(([name, value], t) => {
    writer.write(`${t === 0 ? '\n' : ',\n'}${JSON.stringify(name)}: `);
    if (Array.isArray(value)) {
      writeList(writer, value, name !== 'stages');
      return;
    }
    // Columnar: an object of equal-length arrays, one per field.
    const columns = Object.entries(value as Record<string, readonly unknown[]>);
    writer.write('{');
    columns.forEach(([field, column], c) => {
      writer.write(`${c === 0 ? '\n' : ',\n'}  ${JSON.stringify(field)}: `);
      writeList(writer, column, false);
    });
    writer.write(columns.length > 0 ? '\n}' : '}');
  });
  writer.write('\n}\n');
  writer.flush();
}

/** Write `dataset` (an object of tables: lists of rows, or objects of columns) as JSON to `path`. */
export function writeDatasetFile(path: string, dataset: Record<string, unknown>): void {
  const fd = openSync(path, 'w');
  try {
    writeChunks(new ChunkWriter(fd), dataset);
  } finally {
    closeSync(fd);
  }
}
