import { expect } from '@open-wc/testing';

describe('the test runner', () => {
  it('runs in Chromium with the UTC zone pinned', () => {
    expect(navigator.userAgent).to.match(/Chrome/);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('UTC');
  });
});
