// Koa middleware for @web/dev-server: `/shared-refdata/<path>` serves `<path>` from
// `../shared/refdata/` beside the repository, where data sets that may not be vendored (no
// stated license) are kept. Absent there (a clone on its own, CI elsewhere): 404, and the test
// that wanted it skips, saying so. Paths that climb out of that folder are refused.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = '/shared-refdata/';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const refdataRoot = path.resolve(repoRoot, '..', 'shared', 'refdata');

const TYPES = { '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.json': 'application/json', '.gz': 'application/gzip' };

/** The file under refdataRoot that `urlPath` names, or null when the path is malformed or escapes it. */
function fileOf(urlPath) {
  let relative;
  try {
    relative = decodeURIComponent(urlPath.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (relative === '' || relative.includes('\0') || relative.includes('\\')) return null;
  const file = path.resolve(refdataRoot, relative);
  return file.startsWith(refdataRoot + path.sep) ? file : null;
}

export async function refdataServer(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith(PREFIX)) return next();
  const file = fileOf(url.pathname);
  if (file === null) {
    context.status = 403;
    context.type = 'text/plain';
    context.body = 'Forbidden: outside ../shared/refdata';
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = `Not Found: ${path.relative(repoRoot, file)} is absent`;
    return;
  }
  context.status = 200;
  context.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  context.length = info.size;
  context.body = createReadStream(file);
}
