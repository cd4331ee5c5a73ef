import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { parseDataset, type DatasetInput } from '../../../src/schema/index.js';

type DealRow = NonNullable<DatasetInput['deals']>[number];
const dataset = (input: DatasetInput) => parseDataset(input, { mode: 'strict' }).dataset;
const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation'];
const at = (day: string) => `2024-${day}T00:00:00Z`;
const path = (...entries: [string, string][]) => entries.map(([stage, day]) => ({ stage, at: at(day) }));

/*
 * Worked by hand. Reach (1 + furthest stage over history and current stage):
 *   a won   100  Lead 01-01, Qualified 01-03, Proposal 01-07, Negotiation 01-17, closed 01-27  → 4
 *   b lost  200  Lead 01-02, Qualified 01-06, closed 01-12                                    → 2
 *   c open  300  Lead 01-05, Proposal 01-09 (skips Qualified)                                 → 3
 *   d open  400  no history, current Lead                                                     → 1
 *   e won   500  no history, current Negotiation, closed 02-10                                → 4
 * reached counts 5 4 3 2, values 1500 1100 900 600, drop-off 0 1 1 1.
 * Stays in days: Lead a 2, b 4, c 4 (median 4, mean 10/3); Qualified a 4, b 6 (→ b's closedAt)
 * (5, 5); Proposal a 10 (c's is open: left out); Negotiation a 10 (→ closedAt). Bottleneck:
 * Proposal, the first of the two 10-day medians.
 * strict: a L Q P N ✓ 4; b L Q ✓ 2; c L P ✗; d L ✓ 1; e N (no path from Lead) ✗ →
 * counts 3 2 1 1, values 700 300 100 100; Lead stays a 2, b 4 (median 3, mean 3).
 * won 2, lost 1, open 2: close rate 2/5, win rate 2/3 (won-over-closed) or 2/5 (won-over-all).
 */
const deals: DealRow[] = [
  { id: 'a', amount: 100, createdAt: at('01-01'), closedAt: at('01-27'), outcome: 'won', stage: 'Negotiation', history: path(['Lead', '01-01'], ['Qualified', '01-03'], ['Proposal', '01-07'], ['Negotiation', '01-17']) },
  { id: 'b', amount: 200, createdAt: at('01-02'), closedAt: at('01-12'), outcome: 'lost', stage: 'Qualified', history: path(['Lead', '01-02'], ['Qualified', '01-06']) },
  { id: 'c', amount: 300, createdAt: at('01-05'), outcome: 'open', stage: 'Proposal', history: path(['Lead', '01-05'], ['Proposal', '01-09']) },
  { id: 'd', amount: 400, createdAt: at('01-08'), outcome: 'open', stage: 'Lead' },
  { id: 'e', amount: 500, createdAt: at('01-10'), closedAt: at('02-10'), outcome: 'won', stage: 'Negotiation' },
];
const fixture = dataset({ stages: STAGES, deals });

describe('funnel', () => {
  it('reached mode: counts, values, conversions, drop-off and time in stage worked by hand', () => {
    const result = computeMetric('funnel', fixture);
    expect(result.stages).to.deep.equal([
      { stage: 'Lead', count: 5, value: 1500, fromPrevious: null, fromFirst: 1, dropOff: 0, medianDays: 4, meanDays: 10 / 3 },
      { stage: 'Qualified', count: 4, value: 1100, fromPrevious: 4 / 5, fromFirst: 4 / 5, dropOff: 1, medianDays: 5, meanDays: 5 },
      { stage: 'Proposal', count: 3, value: 900, fromPrevious: 3 / 4, fromFirst: 3 / 5, dropOff: 1, medianDays: 10, meanDays: 10 },
      { stage: 'Negotiation', count: 2, value: 600, fromPrevious: 2 / 3, fromFirst: 2 / 5, dropOff: 1, medianDays: 10, meanDays: 10 },
    ]);
    expect(result).to.include({ won: 2, lost: 1, open: 2, bottleneck: 'Proposal', mode: 'reached', definition: 'won-over-closed' });
    expect(result.closeRate).to.deep.equal({ value: 2 / 5, numerator: 2, denominator: 5, unit: 'ratio', definition: 'won-over-created' });
    expect(result.winRate).to.deep.equal({ value: 2 / 3, numerator: 2, denominator: 3, unit: 'ratio', definition: 'won-over-closed' });
  });

  it('strict mode counts only deals whose path runs through every stage in order', () => {
    const result = computeMetric('funnel', fixture, { mode: 'strict' });
    expect(result.stages.map((s) => [s.count, s.value])).to.deep.equal([[3, 700], [2, 300], [1, 100], [1, 100]]);
    expect(result.stages.map((s) => [s.medianDays, s.meanDays])).to.deep.equal([[3, 3], [5, 5], [10, 10], [10, 10]]);
    expect(result.stages.map((s) => s.fromPrevious)).to.deep.equal([null, 2 / 3, 1 / 2, 1]);
    // Outcomes and rates cover every deal in scope whatever the mode.
    expect(result).to.include({ won: 2, lost: 1, open: 2, mode: 'strict' });
  });

  it('strict mode refuses a path that goes back to an earlier stage', () => {
    const d = dataset({ stages: STAGES, deals: [
      { id: 'x', amount: 1, createdAt: at('01-01'), outcome: 'open', stage: 'Proposal', history: path(['Lead', '01-01'], ['Qualified', '01-02'], ['Lead', '01-03'], ['Qualified', '01-04'], ['Proposal', '01-05']) },
      { id: 'y', amount: 1, createdAt: at('01-01'), outcome: 'open', stage: 'Qualified', history: path(['Lead', '01-01'], ['Lead', '01-02'], ['Qualified', '01-03']) },
    ] });
    expect(computeMetric('funnel', d, { mode: 'strict' }).stages.map((s) => s.count)).to.deep.equal([1, 1, 0, 0]);
    // Reached mode keeps both; x's two Lead stays and two Qualified stays are each a sample.
    const reached = computeMetric('funnel', d);
    expect(reached.stages.map((s) => s.count)).to.deep.equal([2, 2, 1, 0]);
    expect(reached.stages[0]).to.include({ medianDays: 1, meanDays: 1 });
  });

  it('won-over-all divides the win rate by every deal in scope, as win-rate does', () => {
    const result = computeMetric('funnel', fixture, { definition: 'won-over-all' });
    expect(result.winRate).to.deep.equal({ value: 2 / 5, numerator: 2, denominator: 5, unit: 'ratio', definition: 'won-over-all' });
    expect(result.winRate).to.deep.equal(computeMetric('win-rate', fixture, { definition: 'won-over-all' }));
    expect(result.closeRate).to.deep.equal(computeMetric('close-rate', fixture));
  });

  it('takes the deals created in [from, to), with their outcomes', () => {
    const result = computeMetric('funnel', fixture, { from: '2024-01-02', to: '2024-01-08' });
    expect(result.stages.map((s) => s.count)).to.deep.equal([2, 2, 1, 0]); // b and c
    expect(result).to.include({ won: 0, lost: 1, open: 1 });
    expect(result.closeRate).to.deep.equal(computeMetric('close-rate', fixture, { from: '2024-01-02', to: '2024-01-08' }));
  });

  it('filters by segment through the account and by owner', () => {
    const d = dataset({
      stages: STAGES,
      accounts: [{ id: 'x', segment: 'SMB', owner: 'Ann', createdAt: at('01-01') }, { id: 'y', segment: 'Enterprise', owner: 'Bo', createdAt: at('01-01') }],
      deals: [
        { ...(deals[0] as DealRow), accountId: 'x' },
        { ...(deals[1] as DealRow), accountId: 'y' },
        { ...(deals[2] as DealRow), accountId: 'y', owner: 'Ann' },
      ],
    });
    expect(computeMetric('funnel', d, { segment: 'SMB' }).stages.map((s) => s.count)).to.deep.equal([1, 1, 1, 1]);
    expect(computeMetric('funnel', d, { segment: 'Enterprise' }).stages.map((s) => s.count)).to.deep.equal([2, 2, 1, 0]);
    expect(computeMetric('funnel', d, { owner: 'Ann' }).stages.map((s) => s.count)).to.deep.equal([2, 2, 2, 1]); // a (its account's owner) and c (its own)
    expect(computeMetric('funnel', d, { segment: 'Nobody' }).stages.map((s) => s.count)).to.deep.equal([0, 0, 0, 0]);
  });

  it('derives the stages from the deals when the dataset does not list them', () => {
    const d = dataset({ deals: [
      ...deals.slice(0, 3),
      { id: 'f', amount: 1, createdAt: at('01-20'), outcome: 'open', stage: 'Demo' }, // only a current stage: last
    ] });
    // Mean index in histories: Lead 0, Qualified 1 (a, b), Proposal 1.5 (a 2, c 1), Negotiation 3.
    const result = computeMetric('funnel', d);
    expect(result.stages.map((s) => s.stage)).to.deep.equal(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Demo']);
    expect(result.stages.map((s) => s.count)).to.deep.equal([4, 4, 3, 2, 1]);
  });

  it('over an empty dataset: no stages, zero counts and null rates', () => {
    const result = computeMetric('funnel', dataset({}));
    expect(result).to.deep.equal({
      stages: [], won: 0, lost: 0, open: 0, bottleneck: null, mode: 'reached', definition: 'won-over-closed',
      closeRate: { value: null, numerator: 0, denominator: 0, unit: 'ratio', definition: 'won-over-created' },
      winRate: { value: null, numerator: 0, denominator: 0, unit: 'ratio', definition: 'won-over-closed' },
    });
    const declared = computeMetric('funnel', dataset({ stages: STAGES, deals: [] }));
    expect(declared.stages[1]).to.deep.equal({ stage: 'Qualified', count: 0, value: 0, fromPrevious: null, fromFirst: null, dropOff: 0, medianDays: null, meanDays: null });
  });

  it('over one open deal: it counts at its stage, no stay is finished', () => {
    const result = computeMetric('funnel', dataset({ stages: STAGES, deals: [{ id: 'o', amount: 70, createdAt: at('03-01'), outcome: 'open', stage: 'Lead', history: path(['Lead', '03-01']) }] }));
    expect(result.stages.map((s) => [s.count, s.value, s.fromPrevious, s.dropOff])).to.deep.equal([[1, 70, null, 0], [0, 0, 0, 1], [0, 0, null, 0], [0, 0, null, 0]]);
    expect(result).to.include({ bottleneck: null, open: 1 });
    expect(result.winRate.value).to.equal(null);
    expect(result.closeRate.value).to.equal(0);
  });

  it('throws on an unknown mode, listing the valid ones', () => {
    expect(() => computeMetric('funnel', fixture, { mode: 'loose' })).to.throw(RangeError, 'unknown mode for funnel: "loose" (expected one of "reached", "strict")');
    expect(() => computeMetric('funnel', fixture, { definition: 'won-over-lost' })).to.throw(RangeError, /expected one of "won-over-closed", "won-over-all"/);
  });
});
