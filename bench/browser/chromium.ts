/**
 * What the browser benchmarks share: Debian's Chromium launched headless with the flags this
 * closed machine needs (TOOLCHAIN.md), and a Vite server on the repository root, so that bench
 * pages import src/ directly.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');

/** Started on a free port; `origin` is e.g. `http://127.0.0.1:41234`. */
export async function startServer(): Promise<{ server: ViteDevServer; origin: string }> {
  // No config file: bench pages need nothing of the library build. No hot reload: an edit to
  // src/ while a run is on must not reload the page under it.
  const server = await createServer({ root: repoRoot, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null } });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath =
    process.env.CHROME_PATH || execFileSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-chromium.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  return puppeteer.launch({
    executablePath,
    headless: true,
    // One evaluate can run for minutes (every bench of a run, or a 1M-row load on a loaded
    // machine): longer than puppeteer's default 180 s protocol timeout.
    protocolTimeout: 0,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--js-flags=--expose-gc',
      '--window-size=1200,900',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ...extraArgs,
    ],
  });
}

/**
 * Run a bench's body, then close the browser and the server and end the process: exit code 1
 * when the body calls `fail` (a run that could not be measured) or throws.
 */
export async function runThenClose(browser: Browser, server: ViteDevServer, body: (fail: () => void) => Promise<void>): Promise<never> {
  let exitCode = 0;
  try {
    await body(() => {
      exitCode = 1;
    });
  } catch (error) {
    console.error(error);
    exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(exitCode);
}
