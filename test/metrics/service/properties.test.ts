import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateDataset } from '../../../src/generator/index.js';
import { computeMetric, tableOf } from '../../../src/metrics/index.js';
import type { CrmTable } from '../../../src/table/index.js';
import { dataset } from './service-data.js';

/**
 * Generated datasets (400 accounts, 2022–2024), one per seed, where every 7th survey and ticket
 * loses its account: those rows count without filters and in no segment.
 */
const samples = new Map<number, { table: CrmTable; unowned: { surveys: { at: number; kind: string }[]; tickets: { openedAt: number; resolvedAt?: number }[] } }>();
function sample(seed: number) {
  let found = samples.get(seed);
  if (!found) {
    const input = generateDataset({ seed, accounts: 400, timeFormat: 'epoch' });
    const strip = <T extends { accountId?: string }>(rows: T[] | undefined) => (rows ?? []).map((row, i) => (i % 7 === 3 ? { ...row, accountId: undefined } : row));
    input.surveys = strip(input.surveys);
    input.tickets = strip(input.tickets);
    const unowned = {
      surveys: input.surveys.filter((s) => !s.accountId) as { at: number; kind: string }[],
      tickets: input.tickets.filter((t) => !t.accountId) as { openedAt: number; resolvedAt?: number }[],
    };
    found = { table: tableOf(dataset(input)), unowned };
    samples.set(seed, found);
  }
  return found;
}

const month = (k: number) => `${2022 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
/** A range of whole months in 2022–2024, or the whole span. */
const range = fc.option(fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 1, max: 36 })).map(([start, length]) => ({ from: month(start), to: month(start + length) })), { nil: undefined });
const seeds = fc.integer({ min: 1, max: 3 });
const inRange = (t: number | undefined, r: { from: string; to: string } | undefined) => t !== undefined && (!r || (t >= Date.parse(r.from) && t < Date.parse(r.to)));
const RUNS = { seed: 2024, numRuns: 25 };

describe('service metrics on generated data', () => {
  it('NPS is within [−100, 100] and its groups add up to the responses', () => {
    fc.assert(fc.property(seeds, range, (seed, r) => {
      const result = computeMetric('nps', sample(seed).table, r ?? {});
      expect(result.promoters + result.passives + result.detractors).to.equal(result.responses);
      expect(result.denominator).to.equal(result.responses);
      expect(result.numerator).to.equal(result.promoters - result.detractors);
      if (result.responses === 0) {
        expect(result.value).to.equal(null);
      } else {
        expect(result.value).to.be.within(-100, 100);
        expect(result.value).to.be.closeTo((100 * (result.promoters - result.detractors)) / result.responses, 1e-9);
        const { promoters, passives, detractors } = result.shares;
        expect((promoters ?? 0) + (passives ?? 0) + (detractors ?? 0)).to.be.closeTo(1, 1e-12);
      }
    }), RUNS);
  });

  it('CSAT and FCR (both definitions) are within [0, 1], numerator within denominator', () => {
    fc.assert(fc.property(seeds, range, (seed, r) => {
      const { table } = sample(seed);
      for (const result of [computeMetric('csat', table, r ?? {}), computeMetric('first-contact-resolution', table, r ?? {}), computeMetric('first-contact-resolution', table, { ...r, definition: 'over-all' })]) {
        expect(result.numerator).to.be.at.most(result.denominator as number);
        if (result.denominator === 0) expect(result.value).to.equal(null);
        else expect(result.value).to.be.within(0, 1);
      }
    }), RUNS);
  });

  it('CES is within [1, scale] for any target scale, its distribution adding up to the responses', () => {
    fc.assert(fc.property(seeds, range, fc.integer({ min: 2, max: 10 }), (seed, r, scale) => {
      const { table } = sample(seed);
      const result = computeMetric('ces', table, { ...r, scale });
      expect(result.scale).to.equal(scale);
      expect(result.responses).to.equal(computeMetric('ces', table, r ?? {}).responses);
      if (result.responses === 0) expect(result.value).to.equal(null);
      else expect(result.value).to.be.within(1 - 1e-12, scale + 1e-12);
      if (result.distribution) expect(result.distribution.reduce((n, p) => n + p.count, 0)).to.equal(result.responses);
      else expect(scale).to.not.equal(7); // generated CES is all on 1–7 with whole scores
    }), RUNS);
  });

  it('counts of every segment add up to the unfiltered count less the rows without an account', () => {
    fc.assert(fc.property(seeds, range, (seed, r) => {
      const { table, unowned } = sample(seed);
      const opts = r ?? {};
      const counts = (options: object) => {
        const helpDesk = computeMetric('help-desk', table, { ...opts, ...options });
        return [
          computeMetric('nps', table, { ...opts, ...options }).responses,
          computeMetric('ces', table, { ...opts, ...options }).responses,
          computeMetric('csat', table, { ...opts, ...options }).denominator,
          computeMetric('first-contact-resolution', table, { ...opts, ...options }).denominator,
          computeMetric('first-contact-resolution', table, { ...opts, ...options, definition: 'over-all' }).denominator,
          helpDesk.opened,
          helpDesk.fcr.denominator,
        ];
      };
      const noAccount = [
        ...['nps', 'ces', 'csat'].map((kind) => unowned.surveys.filter((s) => s.kind === kind && inRange(s.at, r)).length),
        unowned.tickets.filter((t) => inRange(t.resolvedAt, r)).length,
        unowned.tickets.filter((t) => inRange(t.openedAt, r)).length,
        unowned.tickets.filter((t) => inRange(t.openedAt, r)).length,
        unowned.tickets.filter((t) => inRange(t.resolvedAt, r)).length,
      ];
      const total = counts({});
      const bySegment = table.segments.values.map((segment) => counts({ segment }));
      const byOwner = table.owners.values.map((owner) => counts({ owner }));
      expect(table.segments.size).to.be.at.least(2);
      for (const split of [bySegment, byOwner]) {
        expect(total.map((_, k) => split.reduce((n, c) => n + (c[k] as number), 0) + (noAccount[k] as number)), split === bySegment ? 'segments' : 'owners').to.deep.equal(total);
      }
    }), RUNS);
  });

  it('help desk: bands, agents and FCR agree with the totals', () => {
    fc.assert(fc.property(seeds, range, (seed, r) => {
      const { table } = sample(seed);
      const result = computeMetric('help-desk', table, r ?? {});
      const total = (pick: (a: (typeof result.byAgent)[number]) => number) => result.byAgent.reduce((n, a) => n + pick(a), 0);
      expect(result.open.byAge.reduce((n, b) => n + b.count, 0)).to.equal(result.open.count);
      expect([total((a) => a.tickets), total((a) => a.resolved), total((a) => a.firstContactResolved), total((a) => a.open)]).to.deep.equal([result.opened, result.fcr.denominator, result.fcr.numerator, result.open.count]);
      expect(result.fcr).to.deep.equal(computeMetric('first-contact-resolution', table, r ?? {}));
      for (const stats of [result.firstResponseHours, result.resolutionHours]) {
        expect(stats.count).to.be.at.most(result.opened);
        if (stats.count > 0) expect(stats.median as number).to.be.within(0, stats.p90 as number);
      }
      for (let k = 1; k < result.byAgent.length; k++) expect(result.byAgent[k - 1]!.tickets).to.be.at.least(result.byAgent[k]!.tickets);
      for (const agent of result.byAgent) if (agent.fcr !== null) expect(agent.fcr).to.be.within(0, 1);
    }), RUNS);
  });
});
