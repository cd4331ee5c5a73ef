import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset, SEGMENTS } from '../../../src/generator/index.js';
import { computeMetric, tableOf, type MetricOptions } from '../../../src/metrics/index.js';
import { parseDataset } from '../../../src/schema/index.js';
import type { CrmTable } from '../../../src/table/index.js';

/** Three generated datasets (small, so the file runs in seconds); properties draw ranges over them. */
const tables: CrmTable[] = [];
const FC = { seed: 4242, numRuns: 40 };

/** A range of whole months inside the generator's default span (2022–2024), or the whole data. */
const range = fc.oneof(
  fc.constant({}),
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 1, max: 18 })).map(([start, months]) => ({ from: Date.UTC(2022, start, 1), to: Date.UTC(2022, start + months, 1) })),
);
const cases = fc.record({ data: fc.integer({ min: 0, max: 2 }), range });
const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

describe('sales metrics on generated data', function () {
  this.timeout(60_000);

  before(() => {
    for (const seed of [11, 12, 13]) tables.push(tableOf(parseDataset(generateDataset({ seed, accounts: 250 }), { mode: 'strict' }).dataset));
  });

  it('funnel: counts never grow from stage to stage, strict ≤ reached, ratios within [0, 1]', () => {
    fc.assert(
      fc.property(cases, ({ data, range }) => {
        const table = tables[data] as CrmTable;
        const reached = computeMetric('funnel', table, range);
        const strict = computeMetric('funnel', table, { ...range, mode: 'strict' });
        for (const result of [reached, strict]) {
          result.stages.forEach((s, p) => {
            const previous = result.stages[p - 1];
            if (previous) expect(s.count).to.be.at.most(previous.count);
            if (previous) expect(s.value).to.be.at.most(previous.value);
            expect(s.dropOff).to.equal(previous ? previous.count - s.count : 0);
            expect(inUnit(s.fromPrevious) && inUnit(s.fromFirst), `${s.stage} ratios`).to.equal(true);
            expect(s.medianDays === null || s.medianDays >= 0).to.equal(true);
          });
          expect(inUnit(result.closeRate.value) && inUnit(result.winRate.value)).to.equal(true);
          // Every generated deal names a pipeline stage, so the first stage holds all of them.
          expect(result.won + result.lost + result.open).to.equal(reached.stages[0]?.count ?? 0);
        }
        strict.stages.forEach((s, p) => expect(s.count).to.be.at.most(reached.stages[p]?.count as number));
        expect(reached.closeRate).to.deep.equal(computeMetric('close-rate', table, range));
      }),
      FC,
    );
  });

  it('segments add up: SMB + Mid-Market + Enterprise = unfiltered, per stage and per activity count', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom('reached', 'strict'), ({ data, range }, mode) => {
        const table = tables[data] as CrmTable;
        const sum = (f: (options: MetricOptions) => number) => SEGMENTS.reduce((total, segment) => total + f({ ...range, segment }), 0);
        const all = computeMetric('funnel', table, { ...range, mode }).stages.map((s) => s.count);
        all.forEach((count, p) => expect(sum((o) => computeMetric('funnel', table, { ...o, mode }).stages[p]?.count as number), `stage ${p}`).to.equal(count));
        expect(sum((o) => computeMetric('activity-volume', table, o).value)).to.equal(computeMetric('activity-volume', table, range).value);
        expect(sum((o) => computeMetric('sales-cycle', table, o).count)).to.equal(computeMetric('sales-cycle', table, range).count);
        expect(sum((o) => computeMetric('response-time', table, o).count)).to.equal(computeMetric('response-time', table, range).count);
        expect(sum((o) => computeMetric('engagement', table, o).attempts)).to.equal(computeMetric('engagement', table, range).attempts);
      }),
      { ...FC, numRuns: 15 },
    );
  });

  it('sales cycle: p90 ≥ median ≥ the first bin, bins hold every deal and stay within the bins option', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 40 }), ({ data, range }, bins) => {
        const result = computeMetric('sales-cycle', tables[data] as CrmTable, { ...range, bins });
        expect(result.histogram.length).to.be.at.most(bins);
        expect(result.histogram.reduce((s, b) => s + b.count, 0)).to.equal(result.count);
        expect(result.byOwner.reduce((s, o) => s + o.count, 0)).to.equal(result.count);
        if (result.count === 0) {
          expect(result.median).to.equal(null);
          return;
        }
        const first = result.histogram[0]!.from;
        const end = result.histogram[result.histogram.length - 1]!.to;
        expect(result.p90!).to.be.at.least(result.median!);
        expect(result.median!).to.be.at.least(first);
        expect(result.mean!).to.be.within(first, end);
      }),
      FC,
    );
  });

  it('sales cycle per month: the periods hold every deal of the range', () => {
    fc.assert(
      fc.property(cases, ({ data, range }) => {
        const result = computeMetric('sales-cycle', tables[data] as CrmTable, { ...range, period: 'month' });
        expect(result.series!.reduce((s, p) => s + p.count, 0)).to.equal(result.count);
        expect(result.timeInStage).to.have.length(result.series!.length);
      }),
      { ...FC, numRuns: 15 },
    );
  });

  it('response time, engagement and activity volume: parts add up, ratios within [0, 1]', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 8 }), ({ data, range }, streak) => {
        const table = tables[data] as CrmTable;
        const response = computeMetric('response-time', table, range);
        expect(response.answered + response.unanswered).to.equal(response.count);
        expect(response.bands.reduce((s, b) => s + b.inquiries, 0)).to.equal(response.count);
        expect(response.bands[4]!.inquiries).to.equal(response.unanswered);
        expect(response.bands.every((b) => inUnit(b.conversion) && b.converted <= b.inquiries)).to.equal(true);
        expect(computeMetric('response-time', table, { ...range, definition: 'new-inquiries' }).count).to.be.at.most(response.count);

        const engagement = computeMetric('engagement', table, { ...range, streak });
        expect(inUnit(engagement.replyRate.value)).to.equal(true);
        expect(engagement.prospects).to.be.at.most(engagement.attempts);
        expect(engagement.unanswered.every((p) => p.streak >= streak)).to.equal(true);

        const volume = computeMetric('activity-volume', table, { ...range, period: 'quarter' });
        const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
        expect(sum(Object.values(volume.byType))).to.equal(volume.value);
        expect(volume.byDirection.inbound + volume.byDirection.outbound).to.equal(volume.value);
        expect(sum(volume.byOwner.map((o) => o.count))).to.equal(volume.value);
        expect(sum(volume.series!.map((p) => p.value as number))).to.equal(volume.value);
        expect(volume.outboundCalls).to.be.at.most(volume.callsMade);
      }),
      FC,
    );
  });
});
