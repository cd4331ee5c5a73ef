import { expect } from '@open-wc/testing';
import { computeMetric, tableOf } from '../../../src/metrics/index.js';
import { campaignRoi } from '../../../src/metrics/marketing/campaign-roi.js';
import { createScope } from '../../../src/metrics/scope.js';
import { account, dataset, deal, type CampaignRow } from '../revenue/dataset-helpers.js';

const campaign = (id: string, cost: number, extra: Partial<CampaignRow> = {}): CampaignRow => ({ id, name: `Campaign ${id}`, cost, ...extra }) as CampaignRow;

/*
 * K costs 1000; 4 deals created, 2 of them won for 700 + 800 = 1500:
 *   ROI (1500 − 1000) / 1000 = 0.5, CPA 1000 / 4 = 250, CPS 1000 / 2 = 500.
 * L costs nothing; 1 deal won for 300: ROI null, CPA 0, CPS 0.
 * M costs 500 and brought no deal: ROI −1, CPA and CPS null.
 * Total: cost 1500, revenue 1800, 5 deals, 3 won: ROI 0.2, CPA 300, CPS 500.
 * A deal without a campaign counts nowhere.
 */
const d = dataset({
  accounts: [account('x', { segment: 'SMB', owner: 'Ann' }), account('y', { segment: 'Enterprise', owner: 'Bo' })],
  campaigns: [
    campaign('K', 1000, { channel: 'email', start: '2024-01-01', end: '2024-03-31' }),
    campaign('L', 0, { start: '2024-02-01', end: '2024-02-28' }),
    campaign('M', 500, { channel: 'events', start: '2024-06-01', end: '2024-06-30' }),
  ],
  deals: [
    deal('x', 'won', '2024-01-10', 700, { campaignId: 'K', closedAt: '2024-02-10' }),
    deal('y', 'won', '2024-01-20', 800, { campaignId: 'K', closedAt: '2024-04-10' }),
    deal('x', 'lost', '2024-02-05', 900, { campaignId: 'K' }),
    deal('y', 'open', '2024-03-01', 400, { campaignId: 'K', owner: 'Ann' }),
    deal('y', 'won', '2024-02-15', 300, { campaignId: 'L' }),
    deal('x', 'won', '2024-02-15', 5000),
  ],
});

const row = (id: string, name: string, channel: string | null, cost: number, revenue: number, deals: number, won: number, roi: number | null, cpa: number | null, cps: number | null) =>
  ({ id, name, channel, cost, revenue, roi, cpa, cps, deals, won });

describe('campaign-roi', () => {
  it('per campaign: cost, won revenue, ROI, CPA and CPS, with totals (hand-computed)', () => {
    expect(computeMetric('campaign-roi', d)).to.deep.equal({
      campaigns: [
        row('K', 'Campaign K', 'email', 1000, 1500, 4, 2, 0.5, 250, 500),
        row('L', 'Campaign L', null, 0, 300, 1, 1, null, 0, 0),
        row('M', 'Campaign M', 'events', 500, 0, 0, 0, -1, null, null),
      ],
      total: { cost: 1500, revenue: 1800, roi: 0.2, cpa: 300, cps: 500, deals: 5, won: 3 },
    });
  });

  it('in a range: deals created in it, deals won in it; campaigns that ran or had deals in it', () => {
    // [2024-02-01, 2024-04-01): K's deals created Feb 5 and Mar 1; won: only the Feb 10 one (700).
    // L ran and won in it. M ran in June and had no deal in it: not listed.
    const result = computeMetric('campaign-roi', d, { from: '2024-02-01', to: '2024-04-01' });
    expect(result.campaigns.map((c) => [c.id, c.deals, c.won, c.revenue])).to.deep.equal([['K', 2, 1, 700], ['L', 1, 1, 300]]);
    expect(result.total).to.deep.equal({ cost: 1000, revenue: 1000, roi: 0, cpa: 1000 / 3, cps: 500, deals: 3, won: 2 });
    // K ended in March but won a deal in April: listed for it.
    expect(computeMetric('campaign-roi', d, { from: '2024-04-01', to: '2024-05-01' }).campaigns.map((c) => [c.id, c.won])).to.deep.equal([['K', 1]]);
  });

  it('is empty on an empty dataset; a campaign alone has its cost and null ratios', () => {
    const zero = { cost: 0, revenue: 0, roi: null, cpa: null, cps: null, deals: 0, won: 0 };
    expect(computeMetric('campaign-roi', dataset({}))).to.deep.equal({ campaigns: [], total: zero });
    expect(computeMetric('campaign-roi', dataset({ campaigns: [campaign('solo', 250)] }))).to.deep.equal({
      campaigns: [row('solo', 'Campaign solo', null, 250, 0, 0, 0, -1, null, null)],
      total: { ...zero, cost: 250, roi: -1 },
    });
  });

  it("filters the deals by their account's segment and their own owner, never the cost", () => {
    const smb = computeMetric('campaign-roi', d, { segment: 'SMB' });
    expect(smb.campaigns.map((c) => [c.id, c.cost, c.deals, c.won, c.revenue])).to.deep.equal([['K', 1000, 2, 1, 700], ['L', 0, 0, 0, 0], ['M', 500, 0, 0, 0]]);
    const ann = computeMetric('campaign-roi', d, { owner: 'Ann' });
    expect(ann.campaigns[0]).to.include({ deals: 3, won: 1 });
  });

  it('is also a plain function of a scope', () => {
    expect(campaignRoi(createScope(tableOf(d), {}))).to.deep.equal(computeMetric('campaign-roi', d));
  });
});
