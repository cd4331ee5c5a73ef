// The demo is an app, not the library: serve (or build) demo/ with the kit's sources.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  server: { port: 5173, host: '127.0.0.1' },
  // Outside dist/: the library build empties dist/, and dist/ is what npm publishes.
  build: { outDir: '../.tmp/demo', emptyOutDir: true },
});
