#!/usr/bin/env node
// Bundle sizes after `npm run build`: the CDN drop-in as shipped, and every package entry as a
// consumer's bundler would see it, minified and gzipped (node:zlib, default level 6). Each entry
// is measured twice: its own code (dependencies left external, as in dist/) and with its
// dependencies bundled (what a page pays when crm-kit is the only user of lit, d3 and zod).
// Reports the CDN bundle against its budget (DESIGN.md, "Performance budget"; issue #12: every
// element under 70 KiB gzip) and each element entry against 45 KiB with its dependencies.
// `--enforce` exits non-zero over a budget. CI does not pass it yet: with every element of
// issues #5–#8 in the bundle it is over, and bringing it under is issue #12's work — until then
// the run prints by how much, so the figure is never hidden.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const CDN_BUDGET_GZIP = 70 * 1024;
const ELEMENT_BUDGET_GZIP = 45 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
const dependencies = Object.keys(manifest.dependencies ?? {});

/** Same rule as vite.config.ts: dependencies, their subpaths, and d3's `d3-*` modules. */
const isExternal = (id) =>
  /^d3-[^/]+(\/|$)/.test(id) || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

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

/** Minified bytes of `file` bundled into a single module, and their gzip size. */
async function bundledSize(file, { external }) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      emptyOutDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      target: 'es2022',
      minify: true,
      lib: { entry: fromRoot(file), formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        external: external ? isExternal : [],
        output: { minify: true, codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const code = outputs
    .filter((item) => item.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
  return sizes(Buffer.from(code));
}

function sizes(bytes) {
  return { min: bytes.length, gzip: gzipSync(bytes).length };
}

const bytes = (n) => n.toLocaleString('en-US');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

const cdnFile = 'dist/cdn/crm-kit.js';
if (!existsSync(fromRoot(cdnFile))) {
  console.error(`size: ${cdnFile} is missing; run npm run build first.`);
  process.exit(1);
}

const rows = [];
const cdn = sizes(readFileSync(fromRoot(cdnFile)));
// Self-contained: with and without dependencies are the same bytes.
rows.push(['<script type="module"> drop-in', cdnFile, bytes(cdn.min), bytes(cdn.gzip), bytes(cdn.min), bytes(cdn.gzip)]);
for (const [specifier, file] of packageEntries()) {
  if (!existsSync(fromRoot(file))) {
    console.error(`size: ${file} (${specifier}) is missing; run npm run build first.`);
    process.exit(1);
  }
  const own = await bundledSize(file, { external: true });
  const whole = await bundledSize(file, { external: false });
  rows.push([specifier, file, bytes(own.min), bytes(own.gzip), bytes(whole.min), bytes(whole.gzip)]);
}

printTable(['entry', 'file', 'min B', 'gzip B', 'min B with deps', 'gzip B with deps'], rows);
console.log('');

const enforce = process.argv.includes('--enforce');
const over = [];
if (cdn.gzip > CDN_BUDGET_GZIP) over.push(`${cdnFile} is ${kib(cdn.gzip)} gzip, ${kib(cdn.gzip - CDN_BUDGET_GZIP)} over the budget of ${kib(CDN_BUDGET_GZIP)}`);
else console.log(`size: ${cdnFile} is ${kib(cdn.gzip)} gzip, within the budget of ${kib(CDN_BUDGET_GZIP)}.`);
for (const [specifier, , , , , wholeGzip] of rows) {
  if (!specifier.includes('/elements/')) continue;
  const gzip = Number(String(wholeGzip).replace(/\D/g, ''));
  if (gzip > ELEMENT_BUDGET_GZIP) over.push(`${specifier} is ${kib(gzip)} gzip with its dependencies, over the budget of ${kib(ELEMENT_BUDGET_GZIP)}`);
}
for (const line of over) console.error(`size: OVER BUDGET: ${line}.`);
if (over.length > 0 && enforce) process.exit(1);
if (over.length > 0) console.error('size: budgets reported, not enforced (run with --enforce to fail; issue #12 brings them under).');
