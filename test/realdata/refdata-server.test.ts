import { expect } from '@open-wc/testing';

// The test server's /shared-refdata/ route (test/support/refdata-server.mjs).
describe('realdata: the /shared-refdata/ route of the test server', () => {
  it('answers 404 for a file that is not in ../shared/refdata', async () => {
    const response = await fetch('/shared-refdata/no-such-set/no-such-file.csv');
    expect(response.status).to.equal(404);
  });

  it('refuses paths that climb out of ../shared/refdata', async () => {
    for (const path of ['..%2F..%2Fmain%2Fpackage.json', '%2E%2E%2FREADME.md', '..%5C..%5Cpackage.json', 'cdnow%00.txt']) {
      const response = await fetch(`/shared-refdata/${path}`);
      expect(response.status, path).to.be.oneOf([403, 404]);
      expect(await response.text(), path).not.to.match(/"name": "crm-kit"|# Real public CRM data/);
    }
  });
});
