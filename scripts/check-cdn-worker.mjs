#!/usr/bin/env node
// After `npm run build:cdn`: serves dist/cdn/ under a strict CSP (`script-src 'self'`, so no
// blob: or data: worker could run) and checks in headless Chromium that the drop-in bundle
// loads a large `src` through its emitted worker file (dist/cdn/assets/load-worker-*.js) and
// computes the funnel there, and that it still draws the same funnel on the main thread when the worker is refused
// (`worker-src 'none'`) or its file was not copied next to the bundle.
//
//   node scripts/check-cdn-worker.mjs        exits non-zero when any case fails
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
if (!existsSync(`${cdn}crm-kit.js`)) {
  console.error('dist/cdn/crm-kit.js is missing: run `npm run build:cdn` first');
  process.exit(1);
}
const workerFile = readdirSync(`${cdn}assets`).find((name) => /^load-worker-.*\.js$/.test(name));

// Big enough to pass the 4 MiB default threshold: deals in four stages.
const stages = ['Lead', 'Qualified', 'Proposal', 'Negotiation'];
const deals = Array.from({ length: 60_000 }, (_, i) => ({
  id: `deal-${String(i).padStart(6, '0')}`,
  amount: 1000 + (i % 97) * 10,
  createdAt: Date.UTC(2024, 0, 1) + i * 60_000,
  outcome: 'open',
  stage: stages[i % 4],
  owner: `Owner ${i % 13}`,
}));
const data = JSON.stringify({ stages, deals });

const page = () => `<!doctype html><meta charset="utf-8"><title>cdn worker check</title>
<script type="module" src="/cdn/crm-kit.js"></script>
<crm-funnel src="/data.json" locale="en-US" style="width: 700px"></crm-funnel>`;

const cases = [
  { name: 'worker under script-src self', csp: "script-src 'self'; worker-src 'self'", hideWorker: false, expectWorker: true },
  { name: 'worker-src none: main thread', csp: "script-src 'self'; worker-src 'none'", hideWorker: false, expectWorker: false },
  { name: 'worker file not copied: main thread', csp: "script-src 'self'", hideWorker: true, expectWorker: false },
];

let current = cases[0];
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'content-security-policy': current.csp });
    res.end(body);
  };
  if (path === '/') return send(200, 'text/html', page());
  if (path === '/data.json') return send(200, 'application/json', data);
  if (path.startsWith('/cdn/')) {
    const file = `${cdn}${path.slice(5)}`;
    if ((current.hideWorker && workerFile && path.endsWith(workerFile)) || !existsSync(file) || file.includes('..')) return send(404, 'text/plain', 'not found');
    return send(200, 'text/javascript', readFileSync(file));
  }
  send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const executablePath = process.env.CHROME_PATH || execFileSync(process.execPath, [fileURLToPath(new URL('./ensure-chromium.mjs', import.meta.url))], { encoding: 'utf8' }).trim();
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
let failed = 0;
try {
  for (const check of cases) {
    current = check;
    const tab = await browser.newPage();
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    // crm-kit's user timing (src/controllers/user-timing.ts) tells where the funnel was computed.
    await tab.evaluateOnNewDocument(() => (globalThis.crmKitTiming = true));
    await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    const outcome = await tab.evaluate(async () => {
      const el = document.querySelector('crm-funnel');
      await customElements.whenDefined('crm-funnel');
      for (let i = 0; i < 600 && !el.result && !el.shadowRoot?.querySelector('[part="error"]'); i++) await new Promise((r) => setTimeout(r, 50));
      // Only a load on the main thread keeps the parsed rows (`dataset`); the worker sends back the table alone.
      const loaded = el.source?.loaded;
      const computedInWorker = performance.getEntriesByName('crm-kit:compute crm-funnel in worker').length > 0;
      return { counts: el.result?.stages.map((s) => s.count) ?? null, viaWorker: Boolean(loaded) && loaded.dataset === undefined, computedInWorker };
    });
    const ok =
      JSON.stringify(outcome.counts) === JSON.stringify([60_000, 45_000, 30_000, 15_000]) &&
      pageErrors.length === 0 &&
      outcome.viaWorker === check.expectWorker &&
      outcome.computedInWorker === check.expectWorker;
    if (!ok) failed++;
    const where = (inWorker) => (inWorker ? 'in the worker' : 'on the main thread');
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${check.name}: stage counts ${JSON.stringify(outcome.counts)}, loaded ${where(outcome.viaWorker)}, computed ${where(outcome.computedInWorker)}${pageErrors.length ? `, page errors: ${pageErrors.join('; ')}` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
