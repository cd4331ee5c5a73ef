import { expect } from '@open-wc/testing';
import { KPI_CATALOG } from '../../src/elements/kpi/kpi-catalog.js';
import { kpiDelta, kpiTarget, parseTarget } from '../../src/elements/kpi/kpi-delta.js';
import { dataEnd, kpiRanges, rangeLabel, sparklineRange } from '../../src/elements/kpi/kpi-ranges.js';
import { formatChange } from '../../src/elements/kpi/kpi-words.js';
import { formatters } from '../../src/format/formatters.js';
import { computeMetric, METRICS } from '../../src/metrics/index.js';
import { parseDataset } from '../../src/schema/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const span = (min: string, max: string) => ({ min: at(min), max: at(max) });
const DATA = span('2024-01-01T00:00:00Z', '2024-12-31T23:59:59Z');

function ranges(input: Parameters<typeof kpiRanges>[0]) {
  const r = kpiRanges(input);
  if (!r) throw new Error('no ranges');
  return { current: [iso(r.current.from), iso(r.current.to)], previous: [iso(r.previous.from), iso(r.previous.to)], basis: r.basis, step: r.step };
}

describe('crm-kpi: current and previous ranges', () => {
  it('from and to: that range, and the same number of calendar months before it', () => {
    expect(ranges({ from: '2024-04-01', to: '2024-07-01', dataSpan: DATA })).to.deep.equal({
      current: ['2024-04-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z'],
      previous: ['2024-01-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z'],
      basis: 'from-to',
      step: { unit: 'month', count: 3 },
    });
    // March (31 days) against February (29 days in 2024), not against the 31 days before March.
    expect(ranges({ from: '2024-03-01', to: '2024-04-01', dataSpan: DATA }).previous).to.deep.equal(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
  });

  it('midnight to midnight not on a month start: the same number of days before', () => {
    expect(ranges({ from: '2024-03-04', to: '2024-03-11', dataSpan: DATA })).to.deep.include({
      previous: ['2024-02-26T00:00:00.000Z', '2024-03-04T00:00:00.000Z'],
      step: { unit: 'day', count: 7 },
    });
  });

  it('instants: the same number of milliseconds before', () => {
    expect(ranges({ from: '2024-03-04T12:00:00Z', to: '2024-03-05T00:00:00Z', dataSpan: DATA })).to.deep.include({
      previous: ['2024-03-04T00:00:00.000Z', '2024-03-04T12:00:00.000Z'],
      step: { unit: 'ms', count: 12 * 3_600_000 },
    });
  });

  it('neither: the last full month of the data, and the month before', () => {
    expect(ranges({ dataSpan: DATA })).to.deep.equal({
      current: ['2024-12-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
      previous: ['2024-11-01T00:00:00.000Z', '2024-12-01T00:00:00.000Z'],
      basis: 'last-full-period',
      step: { unit: 'month', count: 1 },
    });
    // Data ending mid-December: December is not over, so November is the last full month.
    expect(ranges({ dataSpan: span('2024-01-01T00:00:00Z', '2024-12-15T10:00:00Z') }).current).to.deep.equal(['2024-11-01T00:00:00.000Z', '2024-12-01T00:00:00.000Z']);
    // The last full quarter, when period says quarter.
    expect(ranges({ period: 'quarter', dataSpan: span('2024-01-01T00:00:00Z', '2024-12-15T10:00:00Z') }).current).to.deep.equal(['2024-07-01T00:00:00.000Z', '2024-10-01T00:00:00.000Z']);
  });

  it('only to: the last full period ending by it', () => {
    expect(ranges({ to: '2024-07-01', period: 'quarter', dataSpan: DATA })).to.deep.include({
      current: ['2024-04-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z'],
      previous: ['2024-01-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z'],
    });
    expect(ranges({ to: '2024-07-15', dataSpan: DATA }).current).to.deep.equal(['2024-06-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z']);
  });

  it('only from: to the end of the data (midnight after its last day)', () => {
    const data = span('2024-01-01T00:00:00Z', '2024-12-15T10:00:00Z');
    expect(iso(dataEnd(data))).to.equal('2024-12-16T00:00:00.000Z');
    expect(ranges({ from: '2024-12-01', dataSpan: data })).to.deep.equal({
      current: ['2024-12-01T00:00:00.000Z', '2024-12-16T00:00:00.000Z'],
      previous: ['2024-11-16T00:00:00.000Z', '2024-12-01T00:00:00.000Z'],
      basis: 'from-to-data-end',
      step: { unit: 'day', count: 15 },
    });
  });

  it('counts calendar months and days in the time zone, across clock changes', () => {
    // Europe/Berlin: CET (+1) in winter, CEST (+2) from 2024-03-31.
    expect(ranges({ from: '2024-04-01', to: '2024-05-01', timeZone: 'Europe/Berlin', dataSpan: DATA })).to.deep.include({
      current: ['2024-03-31T22:00:00.000Z', '2024-04-30T22:00:00.000Z'],
      previous: ['2024-02-29T23:00:00.000Z', '2024-03-31T22:00:00.000Z'],
      step: { unit: 'month', count: 1 },
    });
    // A week holding the 23-hour day is still 7 days.
    expect(ranges({ from: '2024-03-25', to: '2024-04-01', timeZone: 'Europe/Berlin', dataSpan: DATA })).to.deep.include({
      previous: ['2024-03-17T23:00:00.000Z', '2024-03-24T23:00:00.000Z'],
      step: { unit: 'day', count: 7 },
    });
  });

  it('refuses a range that is empty or unreadable, and has none without dated data', () => {
    expect(() => kpiRanges({ from: '2024-05-01', to: '2024-05-01', dataSpan: DATA })).to.throw(RangeError, 'from (2024-05-01) is not before to (2024-05-01)');
    expect(() => kpiRanges({ from: 'soon', dataSpan: DATA })).to.throw(RangeError, 'invalid from: "soon"');
    expect(() => kpiRanges({ from: '2025-06-01', dataSpan: DATA })).to.throw(RangeError, 'is not before the end of the data');
    expect(kpiRanges({ dataSpan: { min: NaN, max: NaN } })).to.equal(null);
    expect(kpiRanges({ from: '2024-01-01', to: '2024-02-01', dataSpan: { min: NaN, max: NaN } })?.step).to.deep.equal({ unit: 'month', count: 1 });
  });

  it('the sparkline covers `points` periods up to the end of current, from the data start at the earliest', () => {
    const current = { from: at('2024-10-01T00:00:00Z'), to: at('2024-11-01T00:00:00Z') };
    const spark = (points: number, min: string) => {
      const r = sparklineRange(current, 'month', points, { min: at(min) });
      return [iso(r.from), iso(r.to)];
    };
    expect(spark(4, '2020-01-01T00:00:00Z')).to.deep.equal(['2024-07-01T00:00:00.000Z', '2024-11-01T00:00:00.000Z']);
    expect(spark(12, '2024-07-15T00:00:00Z')).to.deep.equal(['2024-07-01T00:00:00.000Z', '2024-11-01T00:00:00.000Z']);
  });

  it('names ranges in words', () => {
    const f = formatters('en-US', 'USD', 'UTC');
    const label = (from: string, to: string) => rangeLabel({ from: at(from), to: at(to) }, f);
    expect(label('2024-10-01T00:00:00Z', '2024-11-01T00:00:00Z')).to.equal('Oct 2024');
    expect(label('2024-04-01T00:00:00Z', '2024-07-01T00:00:00Z')).to.equal('Apr 2024 – Jun 2024');
    expect(label('2024-03-04T00:00:00Z', '2024-03-11T00:00:00Z')).to.equal('Mar 4, 2024 – Mar 10, 2024');
    expect(label('2024-03-04T00:00:00Z', '2024-03-05T00:00:00Z')).to.equal('Mar 4, 2024');
  });
});

describe('crm-kpi: change and target', () => {
  it('judges a change by the direction that is good for the metric', () => {
    expect(kpiDelta(0.75, 0.5, 'up')).to.deep.equal({ change: 0.25, relative: 0.5, direction: 'up', verdict: 'better' });
    expect(kpiDelta(0.75, 0.5, 'down')).to.deep.equal({ change: 0.25, relative: 0.5, direction: 'up', verdict: 'worse' });
    expect(kpiDelta(0.3, 0.5, 'down')).to.deep.include({ direction: 'down', verdict: 'better' });
    expect(kpiDelta(0.1 + 0.2, 0.3, 'up')).to.deep.equal({ change: 0, relative: 0, direction: 'flat', verdict: 'unchanged' });
    expect(kpiDelta(5, 0, 'up')).to.deep.equal({ change: 5, relative: null, direction: 'up', verdict: 'better' });
    expect(kpiDelta(null, 0.5, 'up')).to.deep.equal({ change: null, relative: null, direction: null, verdict: null });
    expect(kpiDelta(0.5, null, 'up').verdict).to.equal(null);
  });

  it('writes the change in points for rates and relatively for amounts', () => {
    const f = formatters('en-US', 'USD', 'UTC');
    expect(formatChange('percent', kpiDelta(0.75, 0.5, 'up'), f)).to.equal('+25 pts');
    expect(formatChange('percent', kpiDelta(0.3, 0.5, 'down'), f)).to.equal('\u221220 pts');
    expect(formatChange('money', kpiDelta(1250, 1000, 'up'), f)).to.equal('+25%');
    expect(formatChange('money', kpiDelta(1250, 0, 'up'), f)).to.equal('+$1,250');
    expect(formatChange('points', kpiDelta(21.4, 30, 'up'), f)).to.equal('\u22129');
    expect(formatChange('score', kpiDelta(4.8, 4.5, 'up'), f)).to.equal('+0.3');
  });

  it('reads the target in the metric units, refusing a percentage written as a whole number', () => {
    expect(parseTarget('40%', 'percent')).to.equal(0.4);
    expect(parseTarget('0.4', 'percent')).to.equal(0.4);
    expect(parseTarget(5000, 'money')).to.equal(5000);
    expect(parseTarget('-20', 'points')).to.equal(-20);
    expect(parseTarget(undefined, 'percent')).to.equal(null);
    expect(() => parseTarget('40', 'percent')).to.throw(RangeError, 'target: "40" for a percentage; write a fraction (0.4) or 40%');
    expect(() => parseTarget('lots', 'money')).to.throw(RangeError, 'target: expected a number, got "lots"');
    expect(() => parseTarget('40%', 'money')).to.throw(RangeError, 'is a percentage, but this metric is not one');
    expect(kpiTarget(0.3, 0.4, 'up')).to.deep.equal({ value: 0.4, met: false, reached: 0.3 / 0.4 });
    expect(kpiTarget(0.05, 0.04, 'down')).to.deep.equal({ value: 0.04, met: false, reached: null });
    expect(kpiTarget(null, 0.04, 'down')).to.deep.equal({ value: 0.04, met: null, reached: null });
  });
});

describe('crm-kpi: the catalog of scalar metrics', () => {
  const scalarIds = [...METRICS.values()].filter((m) => m.kind === 'scalar').map((m) => m.id).sort();

  it('knows the good direction of every scalar metric in the registry, and of nothing else', () => {
    expect(scalarIds.length).to.be.greaterThan(10);
    expect(Object.keys(KPI_CATALOG).sort()).to.deep.equal(scalarIds);
    for (const id of scalarIds) expect(['up', 'down'], id).to.include(KPI_CATALOG[id]!.good);
  });

  it('has words for every definition each metric can report', () => {
    for (const id of scalarIds) {
      const reported = METRICS.get(id)!.definitions.filter((d) => d !== 'auto');
      expect(Object.keys(KPI_CATALOG[id]!.definitions).sort(), id).to.deep.equal([...reported].sort());
    }
  });

  it('reads each value by the unit the engine returns', () => {
    const { dataset } = parseDataset(smallDataset());
    const kinds: Record<string, string[]> = { ratio: ['percent', 'multiple'], currency: ['money'], count: ['count'], score: ['score', 'points'], days: ['days'] };
    for (const id of scalarIds) {
      const { unit } = computeMetric(id as 'win-rate', dataset) as { unit: string };
      expect(kinds[unit], `${id} (${unit})`).to.include(KPI_CATALOG[id]!.kind);
    }
    expect(KPI_CATALOG['clv-cac-ratio']!.kind).to.equal('multiple');
    expect(KPI_CATALOG.nps!.kind).to.equal('points');
  });
});
