/**
 * `npm run bench`: the engine benchmark (bench/run.ts, Node) and then the element benchmarks
 * (bench/browser/run.ts, headless Chromium).
 *
 * Arguments go to the engine suite, and then only it runs (`npm run bench -- --only funnel`);
 * the element suite has its own script for its options (`npm run bench:elements -- --only cohort-churn`).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const suites = args.length > 0 ? [['run.ts', ...args]] : [['run.ts'], [join('browser', 'run.ts')]];

let failed = 0;
for (const [file, ...rest] of suites) {
  // tsx's loader flags are in execArgv: the same node, the same loader, one suite at a time.
  const child = spawnSync(process.execPath, [...process.execArgv, join(here, file!), ...rest], { stdio: 'inherit' });
  if (child.status !== 0) failed = child.status ?? 1;
}
process.exit(failed);
