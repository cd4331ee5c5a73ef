import { expect } from '@open-wc/testing';
import { dayNumber, localDay, presetOf, presetRange } from '../../src/dashboard/date-presets.js';
import { readUrlFilters, urlPrefix, writeUrlFilters } from '../../src/dashboard/url-state.js';

describe('date presets', () => {
  // As of Wednesday 2025-05-14 (hand-checked on a calendar).
  const asOf = dayNumber('2025-05-14')!;

  it('count back from the as-of day, which is included', () => {
    expect(presetRange('last-30-days', asOf)).to.deep.equal({ from: '2025-04-15', to: '2025-05-15' });
    expect(presetRange('last-90-days', asOf)).to.deep.equal({ from: '2025-02-14', to: '2025-05-15' });
    expect(presetRange('this-quarter', asOf)).to.deep.equal({ from: '2025-04-01', to: '2025-05-15' });
    expect(presetRange('year-to-date', asOf)).to.deep.equal({ from: '2025-01-01', to: '2025-05-15' });
    expect(presetRange('all', asOf)).to.deep.equal({});
  });

  it('this quarter on a quarter\'s first and last days, and across a leap day', () => {
    expect(presetRange('this-quarter', dayNumber('2024-01-01')!)).to.deep.equal({ from: '2024-01-01', to: '2024-01-02' });
    expect(presetRange('this-quarter', dayNumber('2024-12-31')!)).to.deep.equal({ from: '2024-10-01', to: '2025-01-01' });
    // 1 March and the 29 days before it: 29 February … 1 February.
    expect(presetRange('last-30-days', dayNumber('2024-03-01')!)).to.deep.equal({ from: '2024-02-01', to: '2024-03-02' });
  });

  it('the previous period has the same length and ends where the range starts', () => {
    expect(presetRange('previous-period', asOf, { from: '2025-04-01', to: '2025-07-01' })).to.deep.equal({ from: '2024-12-31', to: '2025-04-01' });
    expect(presetRange('previous-period', asOf, { from: '2025-04-15', to: '2025-05-15' })).to.deep.equal({ from: '2025-03-16', to: '2025-04-15' });
    expect(presetRange('previous-period', asOf, { from: '2025-04-15' })).to.equal(undefined);
    expect(presetRange('previous-period', asOf, { from: '2025-04-15T00:00:00Z', to: '2025-05-15' })).to.equal(undefined);
  });

  it('recognises the preset a range is, else custom', () => {
    expect(presetOf({ from: '2025-04-15', to: '2025-05-15' }, asOf)).to.equal('last-30-days');
    expect(presetOf({}, asOf)).to.equal('all');
    expect(presetOf({ from: '2025-04-16', to: '2025-05-15' }, asOf)).to.equal('custom');
  });

  it('the as-of day of an instant is its local day in the zone', () => {
    // 2025-03-01T03:00Z is still 28 February in New York (UTC−5).
    expect(localDay(Date.UTC(2025, 2, 1, 3), 'America/New_York')).to.equal(dayNumber('2025-02-28'));
    expect(localDay(Date.UTC(2025, 2, 1, 3), 'UTC')).to.equal(dayNumber('2025-03-01'));
    expect(dayNumber('2025-13-01')).to.equal(undefined);
    expect(dayNumber('2025-02-29')).to.equal(undefined);
    expect(dayNumber('2024-02-29')).to.equal(dayNumber('2024-03-01')! - 1);
    expect(dayNumber('not a day')).to.equal(undefined);
  });
});

describe('URL state', () => {
  it('writes set filters, removes cleared ones and keeps the page\'s own parameters', () => {
    const search = writeUrlFilters('?tab=2&crm-owner=Ann', 'crm-', { from: '2025-01-01', segment: 'SMB & Co' });
    const params = new URLSearchParams(search);
    expect(params.get('tab')).to.equal('2');
    expect(params.get('crm-from')).to.equal('2025-01-01');
    expect(params.get('crm-segment')).to.equal('SMB & Co');
    expect(params.has('crm-owner')).to.equal(false);
    expect(readUrlFilters(search, 'crm-')).to.deep.equal({ from: '2025-01-01', segment: 'SMB & Co' });
  });

  it('a dashboard with an id keeps its own names; an unknown period is ignored', () => {
    expect(urlPrefix('sales')).to.equal('crm-sales-');
    expect(urlPrefix('')).to.equal('crm-');
    expect(readUrlFilters('?crm-sales-period=month&crm-period=week', 'crm-sales-')).to.deep.equal({ period: 'month' });
    expect(readUrlFilters('?crm-period=fortnight', 'crm-')).to.deep.equal({});
    expect(writeUrlFilters('?crm-from=2025-01-01', 'crm-', {})).to.equal('');
  });
});
