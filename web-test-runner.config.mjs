// @web/test-runner: every test runs in real headless Chromium (Debian's package, found or
// installed by scripts/ensure-chromium.mjs), in a fixed time zone, and the run ends with the
// plain `N passed, N failed` line that CI reads.
import { execFileSync } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { plainCountReporter } from './test/support/plain-count-reporter.mjs';
import { testApi } from './test/support/test-server.mjs';
import { frameworkModules } from './test/frameworks/support/framework-modules.mjs';
import { faultApi, heapPlugin } from './test/hardening/lifecycle/server.mjs';

// Tests must not depend on the machine's zone; code under test takes zones explicitly.
process.env.TZ = 'UTC';

const executablePath =
  process.env.CHROME_PATH ||
  execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // frameworkModules: React (CommonJS) and Vue's browser build for the framework examples' tests.
  // heapPlugin and faultApi: the hardening tests' heap readings and src faults (test/hardening/lifecycle/server.mjs).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), ...frameworkModules(), heapPlugin()],
  // cspPages: a page under a strict Content-Security-Policy (test/hardening/csp.test.ts).
  middleware: [testApi, faultApi, (await import('./test/hardening/support/csp-server.mjs')).cspPages, (await import('./test/support/refdata-server.mjs')).refdataServer],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // The whole run, not one test: 900+ tests in two pages take 8–12 minutes on a loaded two-core machine.
  testsFinishTimeout: 30 * 60 * 1000,
  browsers: [
    chromeLauncher({
      // Two test pages run at once and only one can have focus; emulating focus in every page
      // makes focus and blur events (keyboard tests) behave as in a foreground tab.
      async createPage({ browser }) {
        const page = await browser.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          // Two test pages run at once and one is always in the background: keep its timers
          // and frames running so that no test waits on a throttled tab.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), plainCountReporter()],
};
