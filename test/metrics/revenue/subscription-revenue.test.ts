import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeMetric, type MetricOptions } from '../../../src/metrics/index.js';
import { periodsElapsed } from '../../../src/metrics/revenue/subscription-revenue.js';
import type { Dataset } from '../../../src/schema/index.js';
import { account, cost, dataset, generatedDataset, order, SEGMENTS, subscription, wonDeal } from './dataset-helpers.js';

/** Revenue on the dataset's (or the definition's) basis: expense-to-revenue's denominator. */
const revenue = (d: Dataset, options: MetricOptions = {}) => computeMetric('expense-to-revenue', d, options).denominator as number;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('revenue basis: subscriptions', () => {
  it('a term crossing a month boundary earns its month evenly over its own days (16 Jan → 16 Feb: 16/31 + 15/31)', () => {
    const d = dataset({ subscriptions: [subscription('a', '2024-01-16', '2024-02-16', 100)] });
    expect(computeMetric('expense-to-revenue', d, { from: '2024-01-01', to: '2024-02-01' })).to.include({ definition: 'subscriptions' });
    expect(revenue(d, { from: '2024-01-01', to: '2024-02-01' })).to.be.closeTo((100 * 16) / 31, 1e-9);
    expect(revenue(d, { from: '2024-02-01', to: '2024-03-01' })).to.be.closeTo((100 * 15) / 31, 1e-9);
    expect(revenue(d)).to.be.closeTo(100, 1e-9);
  });

  it('a term starting on the 31st renews on the last day of shorter months (29 Feb, 31 Mar, 30 Apr)', () => {
    // March holds 30 of the 31 days of the period 29 Feb → 31 Mar and 1 of the 30 of 31 Mar → 30 Apr.
    const d = dataset({ subscriptions: [subscription('b', '2024-01-31', undefined, 100)], costs: [cost('sales', '2024-05-01', 1)] });
    expect(revenue(d, { from: '2024-03-01', to: '2024-04-01' })).to.be.closeTo(100 * (30 / 31 + 1 / 30), 1e-9);
    expect(periodsElapsed(utc('2024-01-31'), utc('2024-02-29'), 1)).to.equal(1);
    expect(periodsElapsed(utc('2024-01-31'), utc('2024-04-30'), 1)).to.equal(3);
  });

  it('an open term earns until the data ends, never past it', () => {
    // Data ends 2024-05-16 (the cost): March and April whole, then 15 of May's 31 days.
    const d = dataset({ subscriptions: [subscription('c', '2024-03-01', undefined, 100)], costs: [cost('sales', '2024-05-16', 1)] });
    expect(revenue(d)).to.be.closeTo(100 * (2 + 15 / 31), 1e-9);
    expect(revenue(d, { from: '2024-05-01', to: '2024-07-01' })).to.be.closeTo((100 * 15) / 31, 1e-9);
    expect(revenue(d, { from: '2024-06-01', to: '2024-07-01' })).to.equal(0);
  });

  it('a term ending before `from` earns nothing in the range; one ending at `from` neither (half-open)', () => {
    const d = dataset({ subscriptions: [subscription('d', '2023-01-01', '2023-06-01', 100), subscription('e', '2023-06-01', '2024-01-01', 100)] });
    expect(revenue(d, { from: '2024-01-01', to: '2024-02-01' })).to.equal(0);
    expect(revenue(d, { from: '2023-12-01', to: '2024-01-01' })).to.be.closeTo(100, 1e-9);
    expect(revenue(d)).to.be.closeTo(500 + 700, 1e-9);
  });

  it("`subscriptionPeriod: 'year'` reads the amount as yearly, spread over the term's year", () => {
    // 1 Jul 2023 → 1 Jul 2024 is 366 days; 2024 holds 182 of them.
    const d = dataset({ subscriptions: [subscription('f', '2023-07-01', '2024-07-01', 1200)] });
    const year2024 = { from: '2024-01-01', to: '2025-01-01' };
    expect(revenue(d, { ...year2024, subscriptionPeriod: 'year' })).to.be.closeTo((1200 * 182) / 366, 1e-9);
    expect(revenue(d, year2024)).to.be.closeTo(6 * 1200, 1e-9);
    expect(() => computeMetric('expense-to-revenue', d, { subscriptionPeriod: 'week' })).to.throw(RangeError, 'unknown subscriptionPeriod for expense-to-revenue: "week" (expected one of "month", "year")');
    expect(() => computeMetric('new-revenue', d, { subscriptionPeriod: 'day' })).to.throw(RangeError, /expected one of "month", "year"/);
  });

  it('is chosen when the data has subscriptions and no orders: orders first, then subscriptions, then won deals', () => {
    const subs = subscription('x', '2024-01-01', '2024-03-01', 100);
    const all = dataset({ orders: [order('x', '2024-01-05', 30)], subscriptions: [subs], deals: [wonDeal('x', '2024-01-01', 5000)] });
    expect(computeMetric('expense-to-revenue', all)).to.include({ definition: 'orders', denominator: 30 });
    expect(computeMetric('expense-to-revenue', all, { definition: 'subscriptions' })).to.include({ definition: 'subscriptions', denominator: 200 });
    const noOrders = dataset({ subscriptions: [subs], deals: [wonDeal('x', '2024-01-01', 5000)] });
    expect(computeMetric('expense-to-revenue', noOrders)).to.include({ definition: 'subscriptions', denominator: 200 });
    expect(computeMetric('expense-to-revenue', noOrders, { definition: 'won-deals' })).to.include({ definition: 'won-deals', denominator: 5000 });
  });

  it('filters by the account, and the periods of a series add up to the whole', () => {
    const d = dataset({
      accounts: [account('s', { segment: 'SMB', owner: 'Ann' }), account('t', { segment: 'Enterprise' })],
      subscriptions: [subscription('s', '2024-01-16', '2024-03-16', 100), subscription('t', '2024-01-01', '2024-04-01', 1000)],
      costs: [cost('sales', '2024-02-01', 600)],
    });
    expect(revenue(d, { segment: 'SMB' })).to.be.closeTo(200, 1e-9);
    expect(revenue(d, { owner: 'Ann' })).to.be.closeTo(200, 1e-9);
    expect(revenue(d, { segment: 'Enterprise' })).to.be.closeTo(3000, 1e-9);
    const { series } = computeMetric('expense-to-revenue', d, { from: '2024-01-01', to: '2024-04-01', period: 'month' });
    // s: Jan 16/31, Feb 15/31 + 14/29 (16 Feb → 16 Mar has 29 days), Mar 15/29 of 100; t 1000 a month.
    const expected = [1000 + 1600 / 31, 1000 + 1500 / 31 + 1400 / 29, 1000 + 1500 / 29];
    expect(series?.map((p) => p.start)).to.deep.equal(['2024-01-01', '2024-02-01', '2024-03-01']);
    series?.forEach((p, k) => expect(p.denominator, p.start).to.be.closeTo(expected[k]!, 1e-9));
    expect(series?.reduce((s, p) => s + (p.denominator as number), 0)).to.be.closeTo(3200, 1e-9);
  });

  it('new-revenue: earned while new (cut at since + months), and the first billing period for `first-purchase`', () => {
    // g subscribes 15 Mar 2023, open; the data ends 1 Jun 2024. New until 15 Mar 2024: 12 periods.
    const d = dataset({ subscriptions: [subscription('g', '2023-03-15', undefined, 100)], costs: [cost('sales', '2024-06-01', 1)] });
    expect(computeMetric('new-revenue', d)).to.deep.equal({ value: 1200, unit: 'currency', definition: 'subscriptions' });
    expect(computeMetric('new-revenue', d, { months: 1 }).value).to.be.closeTo(100, 1e-9);
    expect(computeMetric('new-revenue', d, { window: 'first-purchase' }).value).to.be.closeTo(100, 1e-9);
    // From 1 Apr: 14 of the first period's 31 days (15 Mar → 15 Apr) are left.
    expect(computeMetric('new-revenue', d, { from: '2023-04-01', window: 'first-purchase' }).value).to.be.closeTo((100 * 14) / 31, 1e-9);
    // 1 Jan 2024 is 17 days into the period 15 Dec → 15 Jan (31 days); new until 15 Mar.
    expect(computeMetric('new-revenue', d, { from: '2024-01-01', to: '2024-04-01' }).value).to.be.closeTo(100 * (2 + 14 / 31), 1e-9);
  });

  it('periodsElapsed agrees with anniversaries counted by Date (day of month kept or clamped)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 1000 * 86_400 }), fc.constantFrom(1, 12), (day, hour, seconds, months) => {
        const s = Date.UTC(2016, 0, 1, hour) + day * 86_400_000;
        const t = s + seconds * 1000;
        const begin = new Date(s);
        const anniversary = (n: number) => {
          const month = begin.getUTCMonth() + n * months;
          const last = new Date(Date.UTC(begin.getUTCFullYear(), month + 1, 0)).getUTCDate();
          return Date.UTC(begin.getUTCFullYear(), month, Math.min(begin.getUTCDate(), last), hour);
        };
        let n = 0;
        while (anniversary(n + 1) <= t) n++;
        const expected = n + (t - anniversary(n)) / (anniversary(n + 1) - anniversary(n));
        expect(periodsElapsed(s, t, months)).to.be.closeTo(expected, 1e-12);
      }),
      { seed: 29, numRuns: 300 },
    );
  });

  it('one term cut by a range: the range-end shortcut agrees with periods counted from the start (any day, any time)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 * 365 }), fc.integer({ min: 0, max: 86_399 }), fc.integer({ min: 1, max: 800 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom('month', 'year'), (startDay, startSecond, length, fromDay, span, period) => {
        const start = Date.UTC(2020, 0, 1) + startDay * 86_400_000 + startSecond * 1000;
        const end = start + length * 86_400_000;
        const from = start + (fromDay - 450) * 86_400_000 + 3_600_000;
        const to = from + span * 86_400_000;
        const d = dataset({ subscriptions: [{ id: 't', accountId: 'a', start, end, amount: 1 }] });
        const months = period === 'year' ? 12 : 1;
        const expected = Math.max(0, periodsElapsed(start, Math.min(to, end), months) - periodsElapsed(start, Math.max(from, start), months));
        expect(revenue(d, { from, to, subscriptionPeriod: period })).to.be.closeTo(to > start && from < end ? expected : 0, 1e-9);
      }),
      { seed: 23, numRuns: 300 },
    );
  });

  it('on generated data: ≥ 0, segments add up, ranges split add up, new revenue over a century is all of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 * 365 }), fc.integer({ min: 2, max: 400 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (seed, fromDay, days, cut) => {
        const d = generatedDataset(seed);
        const from = Date.UTC(2022, 0, 1) + fromDay * 86_400_000;
        const to = from + days * 86_400_000;
        const mid = Math.round(from + (to - from) * cut);
        const o = { definition: 'subscriptions', from, to };
        const all = revenue(d, o);
        expect(all).to.be.at.least(0);
        expect(revenue(d, { ...o, to: mid }) + revenue(d, { ...o, from: mid })).to.be.closeTo(all, 1e-6 * Math.max(1, all));
        const bySegment = SEGMENTS.map((segment) => revenue(d, { ...o, segment }));
        expect(bySegment.reduce((a, b) => a + b, 0)).to.be.closeTo(all, 1e-6 * Math.max(1, all));
        expect(computeMetric('new-revenue', d, { ...o, months: 1200 }).value).to.be.closeTo(all, 1e-6 * Math.max(1, all));
      }),
      { seed: 17, numRuns: 12 },
    );
  });
});
