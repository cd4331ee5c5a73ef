// What <crm-campaign-roi> hands to crm-select and how it judges a lift, checked against the
// metrics' own counts and against numbers worked by hand.
import { expect } from '@open-wc/testing';
import { conversionLiftInterval, tooSmall } from '../../src/elements/campaign-roi/lift-trust.js';
import { sortCampaigns } from '../../src/elements/campaign-roi/campaign-sort.js';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import { campaignDeals, liftGroupAccounts } from '../../src/metrics/marketing/campaign-members.js';
import type { CampaignRow } from '../../src/metrics/marketing/campaign-roi.js';
import type { LiftGroup } from '../../src/metrics/marketing/control-lift.js';
import { parseDataset } from '../../src/schema/index.js';

const raw = generateDataset({ seed: 11, accounts: 600 });
const dataset = parseDataset(raw).dataset;
const table = tableOf(dataset);
const deals = new Map(dataset.deals!.map((d) => [d.id, d]));
const accountsById = new Map(dataset.accounts!.map((a) => [a.id, a]));
const OPTIONS = [{}, { from: '2023-01-01', to: '2024-01-01' }, { from: '2022-07-01', to: '2024-07-01', segment: 'Enterprise' }, { owner: 'Ana Torres', timeZone: 'Europe/Berlin' }];

describe('campaign-members', () => {
  for (const options of OPTIONS) {
    it(`campaignDeals are the deals each row counts: created ones are its deals, won ones its won and revenue (${JSON.stringify(options)})`, () => {
      const roi = computeMetric('campaign-roi', dataset, options);
      expect(roi.campaigns.length).to.be.greaterThan(3);
      const from = options.from ? Date.parse(`${options.from}T00:00:00Z`) : -Infinity;
      const to = options.to ? Date.parse(`${options.to}T00:00:00Z`) : Infinity;
      // Berlin midnight is 23:00 or 22:00 UTC the day before: only an open range is compared by date here.
      const inRange = (t: string | number | undefined | null) => t !== undefined && t !== null && Date.parse(String(t)) >= from && Date.parse(String(t)) < to;
      let some = 0;
      for (const row of roi.campaigns) {
        const ids = campaignDeals(table, options, row.id);
        const rows = ids.map((id) => deals.get(id)!);
        expect(rows.every((d) => d.campaignId === row.id)).to.equal(true);
        expect(new Set(ids).size).to.equal(ids.length);
        const created = rows.filter((d) => inRange(typeof d.createdAt === 'number' ? new Date(d.createdAt).toISOString() : d.createdAt));
        const won = rows.filter((d) => d.outcome === 'won' && inRange(typeof d.closedAt === 'number' ? new Date(d.closedAt).toISOString() : d.closedAt));
        expect(created.length, `${row.id} created`).to.equal(row.deals);
        expect(won.length, `${row.id} won`).to.equal(row.won);
        expect(won.reduce((sum, d) => sum + d.amount, 0), `${row.id} revenue`).to.be.closeTo(row.revenue, 1e-6);
        expect(ids.length).to.equal(new Set([...created, ...won]).size);
        some += ids.length;
      }
      expect(some).to.be.greaterThan(0);
    });

    it(`liftGroupAccounts are as many as the group's accounts, all of that group (${JSON.stringify(options)})`, () => {
      const lift = computeMetric('control-lift', dataset, options);
      for (const group of ['test', 'control'] as const) {
        const ids = liftGroupAccounts(table, options, group);
        expect(ids.length, group).to.equal(lift[group].accounts);
        expect(ids.every((id) => accountsById.get(id)?.group === group)).to.equal(true);
      }
    });
  }

  it('has no deals for an unknown campaign, and refuses an unknown group', () => {
    expect(campaignDeals(table, {}, 'no-such-campaign')).to.deep.equal([]);
    expect(() => liftGroupAccounts(table, {}, 'treatment' as 'test')).to.throw(RangeError, 'unknown group: "treatment" (expected "test" or "control")');
  });
});

describe('lift trust rule', () => {
  const group = (accounts: number, converted: number): LiftGroup => ({ accounts, converted, conversion: converted / accounts, revenue: 0, revenuePerAccount: 0 });

  it('names the first count under its minimum: accounts, converted, not converted', () => {
    expect(tooSmall(group(29, 10))).to.deep.equal({ count: 'accounts', value: 29, minimum: 30 });
    expect(tooSmall(group(100, 4))).to.deep.equal({ count: 'converted', value: 4, minimum: 5 });
    expect(tooSmall(group(100, 96))).to.deep.equal({ count: 'not converted', value: 4, minimum: 5 });
    expect(tooSmall(group(30, 5))).to.equal(null);
    expect(tooSmall(group(12, 6), 10)).to.equal(null);
  });

  it('gives the 95% Wald interval of the conversion difference (hand-computed)', () => {
    // 30/100 against 20/100: d = 0.1, se = √(0.3·0.7/100 + 0.2·0.8/100) = √0.0037 = 0.0608276, half = 1.959964 · se = 0.1192200.
    const result = { test: group(100, 30), control: group(100, 20), lift: { conversion: 0.1, revenuePerAccount: 0, relativeConversion: 0.5 } };
    const [lo, hi] = conversionLiftInterval(result)!;
    expect(lo).to.be.closeTo(0.1 - 0.11922, 1e-5);
    expect(hi).to.be.closeTo(0.1 + 0.11922, 1e-5);
    expect(conversionLiftInterval({ ...result, control: group(20, 10) })).to.equal(null);
  });
});

describe('campaign sort', () => {
  const row = (id: string, name: string, roi: number | null, channel: string | null = null): CampaignRow => ({ id, name, channel, cost: 1, revenue: 1, roi, cpa: null, cps: null, deals: 0, won: 0 });
  const rows = [row('a', 'beta', 0.5, 'web'), row('b', 'Alpha', null), row('c', 'gamma', -1, 'email'), row('d', 'delta', 0.5)];

  it('keeps the table order without a column, sorts stably, and puts missing values last both ways', () => {
    expect(sortCampaigns(rows, undefined, 'descending', 'en').map((r) => r.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(sortCampaigns(rows, 'nonsense', 'descending', 'en').map((r) => r.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(sortCampaigns(rows, 'roi', 'descending', 'en').map((r) => r.id)).to.deep.equal(['a', 'd', 'c', 'b']);
    expect(sortCampaigns(rows, 'roi', 'ascending', 'en').map((r) => r.id)).to.deep.equal(['c', 'a', 'd', 'b']);
    expect(sortCampaigns(rows, 'name', 'ascending', 'en').map((r) => r.id)).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(sortCampaigns(rows, 'channel', 'ascending', 'en').map((r) => r.id)).to.deep.equal(['c', 'a', 'b', 'd']);
  });
});
