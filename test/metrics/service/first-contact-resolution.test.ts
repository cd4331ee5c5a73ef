import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { ACCOUNTS, dataset, ticket, type TicketRow } from './service-data.js';

/** 10 tickets opened in January: 6 resolved at one contact, 2 after three, 2 still open (one after a single contact so far). */
const january: TicketRow[] = [
  ...Array.from({ length: 6 }, (_, i) => ticket(`one${i}`, '2024-01-05', { resolvedAt: '2024-01-06', contacts: 1 })),
  ticket('three0', '2024-01-05', { resolvedAt: '2024-01-20', contacts: 3 }),
  ticket('three1', '2024-01-05', { resolvedAt: '2024-01-20', contacts: 3 }),
  ticket('open0', '2024-01-25', { contacts: 1 }),
  ticket('open1', '2024-01-25', { contacts: 2 }),
];
const jan = { from: '2024-01-01', to: '2024-02-01' };

describe('first-contact-resolution', () => {
  it('over-resolved: 6 of the 8 tickets resolved in the range took one contact, 0.75', () => {
    expect(computeMetric('first-contact-resolution', dataset({ tickets: january }), jan)).to.deep.equal({ value: 0.75, numerator: 6, denominator: 8, unit: 'ratio', definition: 'over-resolved' });
  });

  it('over-all: 6 of all 10 tickets opened in the range, 0.6', () => {
    expect(computeMetric('first-contact-resolution', dataset({ tickets: january }), { ...jan, definition: 'over-all' })).to.deep.equal({ value: 0.6, numerator: 6, denominator: 10, unit: 'ratio', definition: 'over-all' });
  });

  it('selects over-resolved by resolvedAt and over-all by openedAt', () => {
    // Opened in December, resolved at first contact in January; opened in January, resolved at first contact in February.
    const d = dataset({ tickets: [ticket('dec', '2023-12-28', { resolvedAt: '2024-01-02' }), ticket('jan', '2024-01-30', { resolvedAt: '2024-02-02' })] });
    expect(computeMetric('first-contact-resolution', d, jan)).to.include({ numerator: 1, denominator: 1 });
    // Over all: only `jan` is in the base, and it counts, resolved after the range ("so far").
    expect(computeMetric('first-contact-resolution', d, { ...jan, definition: 'over-all' })).to.include({ numerator: 1, denominator: 1 });
    expect(computeMetric('first-contact-resolution', d, { from: '2024-02-01', to: '2024-03-01' })).to.include({ numerator: 1, denominator: 1 });
    expect(computeMetric('first-contact-resolution', d, { from: '2024-02-01', to: '2024-03-01', definition: 'over-all' })).to.include({ value: null, denominator: 0 });
  });

  it('counts a ticket resolved with no contact at all as first contact', () => {
    expect(computeMetric('first-contact-resolution', dataset({ tickets: [ticket('auto', '2024-01-01', { resolvedAt: '2024-01-01T01:00:00Z', contacts: 0 })] }))).to.include({ value: 1 });
  });

  it('is null over an empty base; one ticket gives 0 or 1', () => {
    expect(computeMetric('first-contact-resolution', dataset({}))).to.include({ value: null, denominator: 0 });
    expect(computeMetric('first-contact-resolution', dataset({ tickets: [ticket('a', '2024-01-01')] }))).to.include({ value: null, denominator: 0 });
    expect(computeMetric('first-contact-resolution', dataset({ tickets: [ticket('a', '2024-01-01')] }), { definition: 'over-all' })).to.include({ value: 0, denominator: 1 });
    expect(computeMetric('first-contact-resolution', dataset({ tickets: [ticket('a', '2024-01-01', { resolvedAt: '2024-01-02' })] }))).to.include({ value: 1 });
  });

  it('filters through the account, adds a series and refuses an unknown definition', () => {
    const d = dataset({ accounts: ACCOUNTS, tickets: [
      ticket('a', '2024-01-01', { resolvedAt: '2024-01-02', accountId: 'x' }), ticket('b', '2024-01-01', { resolvedAt: '2024-03-02', contacts: 2, accountId: 'y' }), ticket('c', '2024-01-01', { resolvedAt: '2024-03-02' }),
    ] });
    expect(computeMetric('first-contact-resolution', d, { segment: 'SMB' })).to.include({ numerator: 1, denominator: 1 });
    expect(computeMetric('first-contact-resolution', d, { owner: 'Lee' })).to.include({ numerator: 0, denominator: 1 });
    expect(computeMetric('first-contact-resolution', d, { period: 'month' }).series).to.deep.equal([
      { start: '2024-01-01', value: 1, numerator: 1, denominator: 1 },
      { start: '2024-02-01', value: null, numerator: 0, denominator: 0 },
      { start: '2024-03-01', value: 0.5, numerator: 1, denominator: 2 },
    ]);
    expect(() => computeMetric('first-contact-resolution', d, { definition: 'over-opened' })).to.throw(RangeError, 'unknown definition for first-contact-resolution: "over-opened" (expected one of "over-resolved", "over-all")');
  });
});
