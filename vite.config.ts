/**
 * Two builds from one config:
 *
 * - default mode (`vite build`): the npm package. ES modules only, every dependency left
 *   external, one file per source module under `dist/` (so `dist/metrics.js` imports
 *   `dist/schema/parse-dataset.js`, never a hashed chunk), sourcemaps, and `.d.ts` files beside them.
 * - `--mode cdn` (`vite build --mode cdn`): `dist/cdn/crm-kit.js`, one self-contained, minified
 *   ES module of `src/all.ts` for `<script type="module">` on a page without a bundler.
 *   The library build empties dist/, so `npm run build` runs it first and this one second.
 *
 * Storybook loads this file too (in mode `development` or `production`, i.e. the library
 * branch); `.storybook/main.ts` drops the declaration plugin there, and Storybook ignores
 * `build` of a user config anyway.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { minifyLitTemplates } from './scripts/minify-lit-templates.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Entry name (its path under `dist/` without `.js`) → source file. */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: fromRoot('src/index.ts'),
    metrics: fromRoot('src/metrics.ts'),
    all: fromRoot('src/all.ts'),
    'generator/index': fromRoot('src/generator/index.ts'),
    'adapters/index': fromRoot('src/adapters/index.ts'),
    'react/index': fromRoot('src/react/index.ts'),
  };
  // Each element registers its tag in `src/elements/<name>/define.ts`; picking them up here
  // means a new element needs no config change to ship as `crm-kit/elements/<name>`.
  const elementsDir = fromRoot('src/elements/');
  if (existsSync(elementsDir)) {
    for (const folder of readdirSync(elementsDir, { withFileTypes: true })) {
      const define = `${elementsDir}${folder.name}/define.ts`;
      if (folder.isDirectory() && existsSync(define)) entries[`elements/${folder.name}/define`] = define;
    }
  }
  return entries;
}

const packageJson = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as Record<'dependencies' | 'peerDependencies', Record<string, string> | undefined>;
const dependencies = [...Object.keys(packageJson.dependencies ?? {}), ...Object.keys(packageJson.peerDependencies ?? {})];

/**
 * Everything in `dependencies` (lit, @lit/context, d3, zod) and `peerDependencies` (react and
 * @lit/react, for `crm-kit/react` only), with its subpaths (`lit/decorators.js`, `zod/mini`),
 * plus the `d3-*` modules that `d3` re-exports: a consumer's bundler resolves and dedupes them.
 */
function isExternal(id: string): boolean {
  return /^d3-[^/]+(\/|$)/.test(id) || dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

function libraryBuild(): UserConfig {
  return {
    plugins: [
      minifyLitTemplates(),
      dts({
        tsconfigPath: fromRoot('tsconfig.json'),
        // Declarations for the shipped code only, laid out like dist/ (src/metrics.ts →
        // dist/metrics.d.ts), not for tests, stories or build scripts.
        include: ['src/**/*.ts'],
        exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
        entryRoot: fromRoot('src'),
      }),
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      target: 'es2022',
      // Consumers minify; readable output keeps pure annotations and eases debugging.
      minify: false,
      lib: {
        entry: libraryEntries(),
        formats: ['es'],
      },
      rolldownOptions: {
        external: isExternal,
        output: {
          // One output file per source module: no hashed shared chunks, dist/ mirrors src/.
          preserveModules: true,
          preserveModulesRoot: fromRoot('src'),
          // Compiler helpers (the decorator runtime) are virtual modules whose names carry the
          // helper package's version; give them a stable `_virtual/<helper>.js` instead.
          entryFileNames: (chunk) =>
            chunk.name.startsWith('_virtual/') ? `_virtual/${chunk.name.split('/').pop()}.js` : '[name].js',
        },
      },
    },
  };
}

function cdnBuild(): UserConfig {
  return {
    plugins: [minifyLitTemplates()],
    // Lit and others branch on NODE_ENV; a page without a bundler has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      sourcemap: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: fromRoot('src/all.ts'),
        formats: ['es'],
        fileName: () => 'crm-kit.js',
      },
      rolldownOptions: {
        output: {
          // Library mode keeps whitespace in ES output to preserve pure annotations for a
          // later bundler; this file is the end of the line, so minify it fully.
          minify: true,
          // A single file: nothing may be split into a chunk the page would have to fetch.
          codeSplitting: false,
        },
      },
    },
  };
}

/**
 * The load worker (src/worker/load-in-worker.ts: `new Worker(new URL('./load-worker.ts',
 * import.meta.url), { type: 'module' })`) is bundled by both builds into one self-contained
 * ES module file — zod and the table code included, since a worker cannot resolve a bare
 * import — and referenced by a URL relative to the module that starts it (`base: './'`; with the
 * default `/` the URL would point at the root of whatever site serves the kit). Never inlined
 * as a data: or blob: URL, which a strict CSP forbids. Without that file (a copy of the bundle
 * alone) the kit still loads everything, on the main thread.
 */
const workerOutput: Pick<UserConfig, 'base' | 'worker'> = {
  base: './',
  // Minified in both builds: the worker file is the end of the line even in the npm package,
  // where a consumer's bundler copies it as an asset and never minifies it (unminified it was
  // 101 KB, 27 KB gzip; minified 48 KB, 16 KB gzip).
  worker: { format: 'es', rolldownOptions: { output: { minify: true } } },
};

export default defineConfig(({ mode, command }) => ({
  root,
  // Builds only: Storybook's dev server merges this file and serves from its own root.
  ...(command === 'build' ? workerOutput : {}),
  ...(mode === 'cdn' ? cdnBuild() : libraryBuild()),
}));
