#!/usr/bin/env node
// Bundle sizes after `npm run build`, minified and gzipped (node:zlib, default level 6), as a page
// downloads them:
//
// - the CDN drop-in as shipped (`dist/cdn/`): its entry, and everything a page with every
//   element loads;
// - every package entry (package.json "exports", so `crm-kit/elements/<name>` too) bundled as a
//   consumer's app would: Vite (Rolldown) with code splitting, dependencies (lit, d3, zod,
//   @lit/context) included. What a page loads before it can draw is the entry chunk plus every
//   chunk it imports statically; chunks behind a dynamic `import()` (the CSV reader on a CSV
//   source, the picture export on first click…) and the load worker (started only for a large
//   body) are reported beside it, never hidden and never counted as first paint;
// - the peers, bundled the same way: Chart.js (`chart.js/auto`), ECharts (the full `echarts`)
//   and Vega-Lite as a page embeds it (`vega-embed`, which imports vega and vega-lite).
//
// Budgets (issue #12, DESIGN.md "Performance budget"): each element entry under 45 KiB gzip
// with its dependencies, on first paint; the CDN drop-in with every element under 70 KiB gzip,
// everything it loads counted. An element over its budget ends the run with exit code 1
// (`--no-fail`: report only; CI passes it and lets test/size/bundle-budget.test.ts, which reads
// dist/size-report.json, fail inside `npm test`). The CDN bundle's overage is printed, not
// enforced: with every element it is far over (see the README). `--budget-element <KiB>` and
// `--budget-cdn <KiB>` override a budget, to see the check fail. `--markdown` prints the
// README's table.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ELEMENT_BUDGET_GZIP = option('budget-element', 45) * 1024;
const CDN_BUDGET_GZIP = option('budget-cdn', 70) * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));

/** Each peer as a page uses it: one module importing the library's documented entry. */
const PEERS = [
  { name: 'Chart.js', package: 'chart.js', source: "import Chart from 'chart.js/auto';\nexport { Chart };" },
  { name: 'ECharts', package: 'echarts', source: "import * as echarts from 'echarts';\nexport { echarts };" },
  { name: 'Vega-Lite', package: 'vega-lite', source: "import embed from 'vega-embed';\nexport { embed };" },
];

/** `[specifier, file]` for every JavaScript entry in package.json "exports", wildcards expanded. */
function packageEntries() {
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const path = typeof target === 'string' ? target : target.default;
    if (!path?.endsWith('.js')) continue;
    const file = path.replace(/^\.\//, '');
    const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    if (!subpath.includes('*')) {
      entries.push([specifier, file]);
      continue;
    }
    // Only a wildcard standing for one folder name is expanded (`./elements/*`).
    const [before, after] = file.split('*');
    const dir = fromRoot(before);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (existsSync(fromRoot(`${before}${name}${after}`))) {
        entries.push([specifier.replace('*', name), `${before}${name}${after}`]);
      }
    }
  }
  return entries;
}

/** Bytes and gzip bytes of several files, each compressed on its own as a server sends it. */
function sizes(files) {
  let min = 0;
  let gzip = 0;
  for (const bytes of files) {
    min += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { min, gzip, files: files.length };
}

/**
 * Dynamic imports a page waits for before it can draw: the metric module a `<crm-kpi>` tile
 * imports for the one metric it shows (src/elements/kpi/kpi-metrics.ts). The largest of them
 * counts on first paint, as the worst case of a page with one tile; the others are on demand.
 */
const DRAW_PATH_IMPORTS = /\/metrics\/[^/]+\/[^/]+\.js$/;

/** A virtual module per peer, so that the peer is resolved from node_modules like any import. */
const peerModules = {
  name: 'size-peer-entries',
  resolveId: (id) => (id.startsWith('size-peer:') ? `\0${id}` : null),
  load: (id) => (id.startsWith('\0size-peer:') ? PEERS.find((peer) => `\0size-peer:${peer.package}` === id)?.source : null),
};

/**
 * `input` bundled as a consumer's Vite app build would (production, minified, split), sorted
 * into what a page loads first (the entry and its static imports), what it loads on demand
 * (dynamic imports and their own imports) and the JavaScript files it starts as workers.
 */
async function pageBundle(input) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [peerModules],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    worker: { format: 'es' },
    build: {
      write: false,
      emptyOutDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      modulePreload: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input, preserveEntrySignatures: 'allow-extension' },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((item) => item.output);
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = (start, seen = new Set()) => {
    const stack = [...start];
    while (stack.length > 0) {
      const name = stack.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...chunks.get(name).imports);
    }
    return seen;
  };
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const first = closure([entry.fileName]);
  const lazy = new Set();
  for (const name of first) for (const dynamic of chunks.get(name).dynamicImports) closure([dynamic], lazy);
  // Lazy chunks' own dynamic imports, then dropping what first paint already loaded.
  for (const name of [...lazy]) for (const dynamic of chunks.get(name).dynamicImports) closure([dynamic], lazy);
  for (const name of first) lazy.delete(name);
  const code = (names) => [...names].map((name) => Buffer.from(chunks.get(name).code));
  // The largest draw-path import and what it imports beyond first paint join first paint.
  let drawPath = [];
  for (const name of first) {
    for (const dynamic of chunks.get(name).dynamicImports) {
      if (!DRAW_PATH_IMPORTS.test(chunks.get(dynamic).facadeModuleId ?? '')) continue;
      const needed = [...closure([dynamic])].filter((item) => !first.has(item));
      if (sizes(code(needed)).gzip > sizes(code(drawPath)).gzip) drawPath = needed;
    }
  }
  for (const name of drawPath) {
    first.add(name);
    lazy.delete(name);
  }
  const workers = output.filter((item) => item.type === 'asset' && item.fileName.endsWith('.js'));
  const stem = (name) => name.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
  return {
    first: sizes(code(first)),
    lazy: sizes(code(lazy)),
    lazyNames: [...lazy].map(stem).sort(),
    drawPathNames: drawPath.map(stem),
    worker: sizes(workers.map((asset) => Buffer.from(asset.source))),
  };
}

/** The CDN drop-in: its entry file, and every JavaScript file beside it (chunks, the worker). */
function cdnFiles() {
  const dir = fromRoot('dist/cdn/');
  const all = [];
  const walk = (path) => {
    for (const item of readdirSync(path, { withFileTypes: true })) {
      if (item.isDirectory()) walk(`${path}${item.name}/`);
      else if (item.name.endsWith('.js')) all.push(`${path}${item.name}`);
    }
  };
  walk(dir);
  const relative = (path) => path.slice(root.length);
  const worker = all.filter((path) => /load-worker-[\w-]+\.js$/.test(path));
  const chunks = all.filter((path) => !worker.includes(path) && relative(path) !== 'dist/cdn/crm-kit.js');
  return { chunks: chunks.map(relative), worker: worker.map(relative) };
}

const bytes = (n) => n.toLocaleString('en-US');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
/** An overage: in bytes under 1 KiB, where a rounded KiB figure would read 0.0. */
const overage = (n) => (n < 1024 ? `${bytes(n)} B` : kib(n));

function printTable(header, rows, leftColumns) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

const cdnFile = 'dist/cdn/crm-kit.js';
if (!existsSync(fromRoot(cdnFile))) {
  console.error(`size: ${cdnFile} is missing; run npm run build first.`);
  process.exit(1);
}

const read = (file) => readFileSync(fromRoot(file));
const { chunks: cdnChunks, worker: cdnWorker } = cdnFiles();
const cdnEntry = sizes([read(cdnFile)]);
// Every chunk is counted: a page with every element on it loads all of them.
const cdnTotal = sizes([read(cdnFile), ...cdnChunks.map(read)]);
const measured = [
  {
    name: '<script type="module"> drop-in',
    file: cdnFile,
    first: cdnTotal,
    lazy: sizes([]),
    lazyNames: [],
    worker: sizes(cdnWorker.map(read)),
    entryOnly: cdnChunks.length > 0 ? cdnEntry : null,
  },
];
for (const [specifier, file] of packageEntries()) {
  if (!existsSync(fromRoot(file))) {
    console.error(`size: ${file} (${specifier}) is missing; run npm run build first.`);
    process.exit(1);
  }
  measured.push({ name: specifier, file, element: specifier.includes('/elements/'), ...(await pageBundle(fromRoot(file))) });
}
const peers = [];
for (const peer of PEERS) {
  const version = JSON.parse(read(`node_modules/${peer.package}/package.json`)).version;
  peers.push({ name: `${peer.name} ${version}`, file: peer.source.split('\n')[0], peer: true, ...(await pageBundle(`size-peer:${peer.package}`)) });
}

/** Chunk names, the first few of a long list. */
const listed = (names, most = 4) => (names.length > most ? `${names.slice(0, most).join(', ')}, … (${names.length})` : names.join(', '));

const rows = [...measured, ...peers].map((row) => [
  row.name,
  bytes(row.first.min),
  bytes(row.first.gzip),
  row.lazy.files > 0 ? bytes(row.lazy.gzip) : '–',
  row.worker.files > 0 ? bytes(row.worker.gzip) : '–',
  listed(row.lazyNames),
]);
printTable(['entry (first paint: entry + static imports)', 'min B', 'gzip B', 'lazy gzip B', 'worker gzip B', 'lazy chunks'], rows, 1);
for (const row of measured.filter((item) => item.drawPathNames?.length > 0)) {
  console.log(`\n${row.name}: first paint includes the largest module it imports before it can draw (${row.drawPathNames.join(', ')}).`);
}
if (measured[0].entryOnly) {
  console.log(`\nThe CDN drop-in's row counts ${cdnChunks.length + 1} files, every one a page with every element loads; its entry alone is ${bytes(measured[0].entryOnly.min)} B min, ${bytes(measured[0].entryOnly.gzip)} B gzip.`);
}
console.log('');

const over = [];
const within = [];
const check = (name, gzip, budget, what) =>
  (gzip > budget ? over : within).push(`${name} is ${kib(gzip)} gzip ${what}, ${gzip > budget ? `${overage(gzip - budget)} over` : 'within'} the budget of ${kib(budget)}`);
for (const row of measured.filter((item) => item.element)) check(row.name, row.first.gzip, ELEMENT_BUDGET_GZIP, 'on first paint with its dependencies');
for (const line of over) console.error(`size: OVER BUDGET: ${line}.`);
const cdnOver = cdnTotal.gzip - CDN_BUDGET_GZIP;
console.log(
  cdnOver > 0
    ? `size: ${cdnFile} is ${kib(cdnTotal.gzip)} gzip with every element, ${kib(cdnOver)} over its budget of ${kib(CDN_BUDGET_GZIP)} (reported, not enforced).`
    : `size: ${cdnFile} is ${kib(cdnTotal.gzip)} gzip with every element, within its budget of ${kib(CDN_BUDGET_GZIP)}.`,
);
console.log(`size: ${within.length} elements within budget, ${over.length} over budget.`);

// The figures of this run for test/size/bundle-budget.test.ts, which enforces the budgets in
// `npm test` (so that CI counts a budget failure in its closing line and still runs every test).
const report = {
  budgets: { elementGzip: ELEMENT_BUDGET_GZIP, cdnGzip: CDN_BUDGET_GZIP },
  // The source map's length identifies the build to the test, which cannot read dist/cdn/crm-kit.js
  // untouched (the test server rewrites JavaScript it serves).
  cdn: { file: cdnFile, entry: cdnEntry, total: cdnTotal, files: cdnChunks.length + 1, mapBytes: existsSync(fromRoot(`${cdnFile}.map`)) ? read(`${cdnFile}.map`).length : null },
  entries: measured.slice(1).map(({ name, element, first, lazy, lazyNames, worker, drawPathNames }) => ({ name, element, first, lazy, lazyNames, worker, drawPathNames })),
  peers: peers.map(({ name, first, lazy, worker }) => ({ name, first, lazy, worker })),
};
writeFileSync(fromRoot('dist/size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('size: figures written to dist/size-report.json.');

if (process.argv.includes('--markdown')) {
  const cell = (n) => `${(n / 1024).toFixed(1)}`;
  const budgetCell = (row) => {
    const budget = row === measured[0] ? CDN_BUDGET_GZIP : row.element ? ELEMENT_BUDGET_GZIP : null;
    if (budget === null) return '';
    const over = row.first.gzip - budget;
    return over > 0 ? `over by ${overage(over)}` : 'within';
  };
  console.log('\n| bundle | min KiB | gzip KiB | budget (gzip) | later, on demand: gzip KiB |');
  console.log('| --- | ---: | ---: | --- | --- |');
  for (const row of [...measured, ...peers]) {
    const later = [row.lazy.files > 0 ? `${cell(row.lazy.gzip)} (${listed(row.lazyNames, 2)})` : '', row.worker.files > 0 ? `worker ${cell(row.worker.gzip)}` : '']
      .filter(Boolean)
      .join('; ');
    console.log(`| ${row.peer ? row.name : `\`${row.name}\``} | ${cell(row.first.min)} | ${cell(row.first.gzip)} | ${budgetCell(row)} | ${later || '–'} |`);
  }
}
if (over.length > 0 && !process.argv.includes('--no-fail')) process.exit(1);
