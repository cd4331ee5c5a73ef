/**
 * Loading the real data sets in the test browser: the vendored ones from
 * `test/fixtures/refdata/` (gzip, decompressed with `DecompressionStream`), and the one that may
 * not be vendored from `../shared/refdata/` through the test server's `/shared-refdata/` route
 * (test/support/refdata-server.mjs), which answers 404 where that folder is absent.
 */

const FIXTURES = '/test/fixtures/refdata/';
const SHARED = '/shared-refdata/';

/** The file's text, gunzipped when it starts with gzip's magic bytes; null when the server has no such file. */
async function fetchText(url: string): Promise<string | null> {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Check the bytes rather than trust the name: a server may already have decoded the body.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  }
  return new TextDecoder().decode(bytes);
}

/** A vendored data set (`cdnow-master.txt.gz`, …); it is part of the repository, so absence fails. */
export async function loadFixture(name: string): Promise<string> {
  const text = await fetchText(FIXTURES + name);
  if (text === null) throw new Error(`test/fixtures/refdata/${name} is missing: it is vendored and should be in the repository`);
  return text;
}

/** A file of `../shared/refdata/` (e.g. `crm-sales-opportunities/sales_pipeline.csv`), or null where it is absent. */
export async function loadShared(path: string): Promise<string | null> {
  return fetchText(SHARED + path.split('/').map(encodeURIComponent).join('/'));
}
