// The demo is an app, not the library: serve (or build) demo/ with the kit's sources.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';

/**
 * The real data sets, under `/refdata/`: the vendored ones from test/fixtures/refdata (part of
 * the repository), and the CRM pipeline from the workshop folder beside the repository when it
 * is there (it states no licence, so it is never copied in; without it the demo says so).
 */
const ROOTS: Record<string, string> = {
  vendored: fileURLToPath(new URL('../test/fixtures/refdata/', import.meta.url)),
  shared: fileURLToPath(new URL('../../shared/refdata/', import.meta.url)),
};

function serveRefdata(): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const match = /^\/refdata\/(vendored|shared)\/([\w./-]+)$/.exec(req.url?.split('?')[0] ?? '');
    if (!match || match[2]!.includes('..')) return next();
    const file = ROOTS[match[1]!]! + match[2]!;
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', 'application/octet-stream');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'crm-demo-refdata',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [serveRefdata()],
  server: { port: 5173, host: '127.0.0.1' },
  // Outside dist/: the library build empties dist/, and dist/ is what npm publishes.
  build: { outDir: '../.tmp/demo', emptyOutDir: true },
});
