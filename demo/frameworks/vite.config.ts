// Serves (or builds) the framework examples with the kit's sources. The root is the repository,
// so that every page sits at the URL its relative paths expect:
//   /demo/frameworks/react/   React 19 + crm-kit/react
//   /demo/frameworks/vue/     Vue 3, templates compiled in the browser
//   /demo/frameworks/html/    a plain page on the CDN build (run `npm run build` first)
// npx vite --config demo/frameworks/vite.config.ts            (dev server on 127.0.0.1:5174)
// npx vite build --config demo/frameworks/vite.config.ts      (React and Vue pages to .tmp/frameworks-demo)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: repository,
  server: { port: 5174, host: '127.0.0.1' },
  resolve: {
    // `vue` is the runtime-only build; the Vue example's template needs the one with the compiler.
    alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }],
  },
  // Vue's bundler build reads these compile-time flags; React reads process.env.NODE_ENV, which
  // Vite defines itself.
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // Scan only the examples for dependencies to pre-bundle, not every HTML file of the repository.
  optimizeDeps: { entries: [here('react/main.ts'), here('vue/main.ts')] },
  build: {
    // Outside dist/: the library build empties dist/, and dist/ is what npm publishes.
    outDir: fileURLToPath(new URL('../../.tmp/frameworks-demo', import.meta.url)),
    emptyOutDir: true,
    // The plain HTML page needs no build: it loads dist/cdn/crm-kit.js as it is.
    rolldownOptions: { input: { react: here('react/index.html'), vue: here('vue/index.html') } },
  },
});
