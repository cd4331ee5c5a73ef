// The framework examples' dependencies as the test runner's browser can load them. The dev
// server serves ES modules only, and:
// - React and ReactDOM (with scheduler) ship CommonJS only. @rollup/plugin-commonjs turns those
//   three packages (and nothing else) into ES modules, after @rollup/plugin-replace has fixed
//   `process.env.NODE_ENV`, which no browser defines (to `development`: React's `act`, which the
//   tests drive React with, exists only in its development build). Two settings make it work inside the dev
//   server, which transforms one file at a time and cannot give the plugin the module graph it
//   expects from Rollup: `strictRequires: false` (plain hoisted imports instead of lazy
//   wrappers) and `requireReturnsDefault: true` (a `require()` of another converted file gets
//   its `module.exports`, which the conversion exports as `default`). Only default imports work
//   from the outside: `import React from 'react'`, as the kit's own React code writes it.
// - Vue's `vue` entry is the runtime-only build for bundlers (it reads `process.env` and cannot
//   compile a template); the examples' string templates need the self-contained browser build
//   with the compiler, so `vue` resolves to that, in its development flavour for its warnings.
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { fromRollup } from '@web/dev-server-rollup';

const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

/** The browser's path to it: the test server serves the repository root. */
const vueBrowserBuild = '/node_modules/vue/dist/vue.esm-browser.js';
const reactPackages = ['react', 'react-dom', 'scheduler'].map((name) => `**/node_modules/${name}/**/*.js`);

/** Whether a served file is part of React or one of the converter's helper modules. */
const isReactSide = (path) => /\/node_modules\/(react|react-dom|scheduler)\//.test(path) || path.startsWith('/__web-dev-server__/rollup/');

/**
 * The converter, asked to resolve only the imports of React's own (converted) files: the rest of
 * the suite keeps the dev server's plain resolution, and the kit's `import React from 'react'`
 * needs nothing more, the converted entry exporting `module.exports` as its default.
 */
function reactCommonjs() {
  const plugin = commonjs({ include: reactPackages, strictRequires: false, requireReturnsDefault: true });
  const resolveImport = plugin.resolveImport.bind(plugin);
  return { ...plugin, resolveImport: (args) => (isReactSide(args.context.path) ? resolveImport(args) : undefined) };
}

/** Dev-server plugins for tests that import react, react-dom/client or vue. */
export function frameworkModules() {
  return [
    replace({ include: reactPackages, preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('development') } }),
    reactCommonjs(),
    {
      name: 'vue-browser-build',
      resolveImport({ source }) {
        if (source === 'vue') return vueBrowserBuild;
      },
    },
  ];
}
