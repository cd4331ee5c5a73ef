import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { tableOf } from '../../../src/metrics/index.js';
import { customerSince } from '../../../src/metrics/revenue/customer-since.js';
import { addCalendarMonths } from '../../../src/metrics/revenue/new-revenue.js';
import { account, dataset, deal, generatedDataset, order, subscription, wonDeal } from './dataset-helpers.js';

const at = (iso: string) => Date.parse(iso);

describe('customerSince', () => {
  it('is the first purchase, won deal or subscription start, whichever first; NaN for never', () => {
    const table = tableOf(dataset({
      accounts: [account('a'), account('b'), account('c'), account('d')],
      orders: [order('a', '2024-02-01', -30), order('a', '2024-03-01', 100), order('a', '2024-01-15', 0)],
      deals: [wonDeal('b', '2024-01-15', 500), deal('d', 'lost', '2024-01-01', 900)],
      subscriptions: [subscription('b', '2024-02-01'), subscription('c', '2024-04-01', '2024-05-01')],
    }));
    const since = customerSince(table);
    // a: the refund (Feb 1) and the zero order (Jan 15) are not purchases, so Mar 1.
    // b: won deal Jan 15 before its subscription (Feb 1). c: subscription Apr 1. d: a lost deal only.
    expect([...since]).to.deep.equal([at('2024-03-01'), at('2024-01-15'), at('2024-04-01'), NaN]);
    expect(customerSince(table)).to.equal(since, 'cached per table');
  });

  it('covers accounts known only by reference, and is empty for an empty dataset', () => {
    const table = tableOf(dataset({ orders: [order('ghost', '2024-05-05', 10)] }));
    expect([...customerSince(table)]).to.deep.equal([at('2024-05-05')]);
    expect(customerSince(tableOf(dataset({}))).length).to.equal(0);
  });

  it('on generated data, is no later than any purchase, won deal or subscription of the account', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (seed) => {
        const data = generatedDataset(seed);
        const table = tableOf(data);
        const since = customerSince(table);
        const row = (id: string) => table.accounts.ids.codeOf(id);
        for (const o of data.orders ?? []) if (o.amount > 0) expect(since[row(o.accountId)]).to.be.at.most(o.at);
        for (const d of data.deals ?? []) if (d.outcome === 'won' && d.accountId) expect(since[row(d.accountId)]).to.be.at.most(d.closedAt as number);
        for (const s of data.subscriptions ?? []) expect(since[row(s.accountId)]).to.be.at.most(s.start);
      }),
      { seed: 42, numRuns: 4 },
    );
  });
});

describe('addCalendarMonths', () => {
  it('keeps the day and time of day, clamping to the end of a shorter month', () => {
    expect(addCalendarMonths(at('2023-03-10T05:06:07Z'), 12)).to.equal(at('2024-03-10T05:06:07Z'));
    expect(addCalendarMonths(at('2024-01-31T12:00:00Z'), 1)).to.equal(at('2024-02-29T12:00:00Z'));
    expect(addCalendarMonths(at('2023-01-31T00:00:00Z'), 1)).to.equal(at('2023-02-28T00:00:00Z'));
    expect(addCalendarMonths(at('2023-11-15T00:00:00Z'), 3)).to.equal(at('2024-02-15T00:00:00Z'));
    expect(addCalendarMonths(at('1969-12-15T23:00:00Z'), 1)).to.equal(at('1970-01-15T23:00:00Z'));
    expect(addCalendarMonths(NaN, 12)).to.be.NaN;
  });

  it('agrees with Date.UTC month arithmetic wherever the day exists in the target month', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 4e12 }), fc.integer({ min: 1, max: 240 }), (t, months) => {
        const date = new Date(t);
        const expected = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
        const result = addCalendarMonths(t, months);
        if (new Date(expected).getUTCDate() === date.getUTCDate()) expect(result).to.equal(expected);
        else expect(new Date(result).getUTCMonth()).to.equal(new Date(expected).getUTCMonth() === 0 ? 11 : new Date(expected).getUTCMonth() - 1);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
