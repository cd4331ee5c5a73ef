#!/usr/bin/env node
// Writes what `npm run analyze` would write, to .tmp/custom-elements.fresh.json instead of the
// committed custom-elements.json, so that test/manifest.test.ts can compare the two in the
// browser. Comparing is the test's job: this exits 0 whenever the analyzer ran.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The analyzer's own CLI entry, so the config file is read exactly as `cem analyze` reads it.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outFile = fileURLToPath(new URL('../.tmp/custom-elements.fresh.json', import.meta.url));

try {
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
  mkdirSync(fileURLToPath(new URL('../.tmp/', import.meta.url)), { recursive: true });
  // Same serialisation as the analyzer's own write, so the two files can also be diffed.
  writeFileSync(outFile, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`check-manifest: wrote ${outFile}`);
} catch (error) {
  console.error('check-manifest: the analyzer failed:', error);
  process.exit(1);
}
