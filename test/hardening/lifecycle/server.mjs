// Server side of the hardening tests (test/hardening/*): the `src` faults a real server can
// produce — HTTP errors, a server that never answers, a slow trickle, an HTML page, truncated
// JSON, a very large answer — and a `crm-heap` command that collects garbage and reads the
// page's JavaScript heap over the DevTools protocol (the leak tests' baseline and after).
// Registered in web-test-runner.config.mjs: `faultApi` as a middleware, `heapPlugin()` as a plugin.
import { Readable } from 'node:stream';

const PREFIX = '/api/faults/';

/** One small valid dataset: what the good answers carry (a deal id says which answer landed). */
const dataset = (id) => ({ stages: ['Lead', 'Won'], deals: [{ id, amount: 100, createdAt: '2024-01-02', outcome: 'open', stage: 'Lead' }] });

/** A valid dataset of about `bytes` bytes: many well-formed deals. */
function largeDataset(bytes) {
  const deal = (i) => ({ id: `big-${i}`, amount: 100 + (i % 997), createdAt: `2024-0${1 + (i % 9)}-1${i % 10}`, outcome: 'open', stage: i % 2 ? 'Won' : 'Lead', ...(i % 2 ? { outcome: 'won', closedAt: '2024-10-01' } : {}) });
  const sample = JSON.stringify(deal(123456)).length + 1;
  const count = Math.max(1, Math.floor(bytes / sample));
  return { stages: ['Lead', 'Won'], deals: Array.from({ length: count }, (_, i) => deal(i)) };
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const numberParam = (url, name, fallback, max) => Math.min(Math.max(0, Number(url.searchParams.get(name) ?? fallback) || 0), max);

/** Resolves when the browser gives up on the request (aborts it or closes the page). */
const clientGone = (context) => new Promise((resolve) => context.req.once('close', resolve));

/**
 * Koa middleware for @web/dev-server. Every route takes `?id=` (echoed as the deal id, so a test
 * can tell which of several answers an element drew):
 * - `status?code=N`: that HTTP status with a plain-text body;
 * - `never`: accepts the request and never answers (until the browser aborts it);
 * - `trickle?chunks=N&ms=M`: a valid dataset sent in N pieces, M ms apart;
 * - `html`: 200, `text/html`, a login page;
 * - `html-as-json`: 200 with an HTML body labelled `application/json` (a misconfigured proxy);
 * - `truncated`: 200, `application/json`, a valid dataset cut off mid-way;
 * - `empty`: 200, `application/json`, no body;
 * - `large?mb=N`: 200, a valid dataset of about N MB (at most 64);
 * - `delay?ms=N`: a valid dataset after N ms.
 */
export async function faultApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith(PREFIX)) return next();
  const route = url.pathname.slice(PREFIX.length).replace(/\.json$/, '');
  const id = url.searchParams.get('id') ?? route;
  context.set('Cache-Control', 'no-store');
  switch (route) {
    case 'status': {
      context.status = numberParam(url, 'code', 500, 599) || 500;
      context.type = 'text/plain';
      context.body = `status ${context.status}`;
      return;
    }
    case 'never': {
      await Promise.race([clientGone(context), wait(5 * 60_000)]);
      context.status = 204;
      return;
    }
    case 'trickle': {
      const chunks = numberParam(url, 'chunks', 10, 200) || 1;
      const ms = numberParam(url, 'ms', 100, 2000);
      const text = JSON.stringify(dataset(id));
      const size = Math.ceil(text.length / chunks);
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      context.status = 200;
      context.type = 'application/json';
      context.body = Readable.from(
        (async function* () {
          for (const piece of pieces) {
            await wait(ms);
            yield piece;
          }
        })(),
      );
      return;
    }
    case 'html':
    case 'html-as-json': {
      context.status = 200;
      context.type = route === 'html' ? 'text/html' : 'application/json';
      context.body = '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>';
      return;
    }
    case 'truncated': {
      const text = JSON.stringify(dataset(id));
      context.status = 200;
      context.type = 'application/json';
      context.body = text.slice(0, Math.floor(text.length * 0.6));
      return;
    }
    case 'empty': {
      context.status = 200;
      context.type = 'application/json';
      context.body = '';
      return;
    }
    case 'large': {
      const mb = numberParam(url, 'mb', 8, 64);
      context.status = 200;
      context.type = 'application/json';
      context.body = JSON.stringify(largeDataset(mb * 1024 * 1024));
      return;
    }
    case 'delay': {
      await wait(numberParam(url, 'ms', 100, 10_000));
      context.status = 200;
      context.type = 'application/json';
      context.body = JSON.stringify(dataset(id));
      return;
    }
    default:
      return next();
  }
}

/**
 * `executeServerCommand('crm-heap')`: collect garbage (twice: a first pass can leave objects a
 * finalizer revived) and return the page's used JS heap in bytes, from Runtime.getHeapUsage.
 */
export function heapPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'crm-heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'crm-heap') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('crm-heap needs Chromium through puppeteer');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
      return { usedSize, totalSize };
    },
  };
}
