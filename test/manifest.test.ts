// The committed custom-elements.json must match what the analyzer makes from the current JSDoc:
// Storybook, editors and consumers read the committed file. Run `node scripts/check-manifest.mjs`
// first; it writes the fresh manifest to .tmp/ (the test server serves the repository root).
import { expect } from '@open-wc/testing';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(
      `${path}: HTTP ${response.status}` +
        (path.startsWith('/.tmp/') ? ' (run `node scripts/check-manifest.mjs` before the browser tests)' : ''),
    );
  }
  return response.json();
}

describe('custom-elements.json', () => {
  it('matches the manifest the analyzer makes from the current sources', async () => {
    const [committed, fresh] = await Promise.all([
      fetchJson('/custom-elements.json'),
      fetchJson('/.tmp/custom-elements.fresh.json'),
    ]);
    expect(committed, 'custom-elements.json is stale: run npm run analyze').to.deep.equal(fresh);
  });
});
