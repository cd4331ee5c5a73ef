// A page under a strict Content-Security-Policy for the hardening tests (test/hardening/csp.test.ts).
// @web/test-runner's own test page runs inline scripts, so the strict page is a separate
// document served here with the policy as a response header, loaded in an iframe by the test.
// Its one script (support/csp-page.ts, compiled by the dev server like any test module) loads
// the kit from the sources (`?entry=src`) or from the built CDN bundle (`?entry=bundle`).
import { existsSync } from 'node:fs';

/** No 'unsafe-inline' (scripts or styles), no 'unsafe-eval', Trusted Types required for script sinks. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const BUNDLE = 'dist/cdn/crm-kit.js';

const page = (entry) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>crm-kit under a strict CSP</title>
<script type="module" src="/test/hardening/support/csp-page.ts?entry=${entry}"></script>
</head>
<body></body>
</html>
`;

/** Koa middleware: `/__csp/page.html?entry=src|bundle` under STRICT_CSP, and `/__csp/info`. */
export async function cspPages(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/__csp/page.html') {
    const entry = url.searchParams.get('entry') === 'bundle' ? 'bundle' : 'src';
    context.status = 200;
    context.type = 'text/html';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
    context.body = page(entry);
    return;
  }
  if (url.pathname === '/__csp/info') {
    context.status = 200;
    context.type = 'application/json';
    // In CI the bundle is built before the tests (.ci/run): there its absence is a failure.
    context.body = JSON.stringify({ policy: STRICT_CSP, bundle: existsSync(BUNDLE), ci: process.env.CI === 'true' });
    return;
  }
  return next();
}
