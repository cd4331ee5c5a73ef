/**
 * Real data: the CRM Sales Opportunities pipeline (8,800 opportunities of a B2B seller, Oct 2016 –
 * Dec 2017). It states no license, so it is not vendored: it is read from ../shared/refdata/
 * beside the repository, and where that is absent every check here skips, saying so.
 *
 * Each figure of the engine is compared with one counted straight from the CSV rows
 * (deal_stage, engage_date, close_date, close_value, sales_agent), without the engine.
 */
import { expect } from '@open-wc/testing';
import { computeMetric } from '../../src/metrics/index.js';
import { parseDataset, type Dataset } from '../../src/schema/index.js';
import { crmPipelineDataset, CRM_SNAPSHOT_DAY } from './crm-pipeline.js';
import { parseCsv, type CsvTable } from './csv.js';
import { daysBetween, meanOf, quantileBySorting } from './direct.js';
import { loadShared } from './load.js';

const SOURCE = 'crm-sales-opportunities/sales_pipeline.csv';

describe('real data: CRM Sales Opportunities pipeline (from ../shared/refdata, not vendored)', function () {
  let csv: CsvTable;
  let dataset: Dataset;
  let stage: string[];
  let engaged: string[];
  let closed: string[];
  let value: string[];
  let agent: string[];

  before(async function () {
    const text = await loadShared(SOURCE);
    if (text === null) {
      console.warn(`CRM Sales Opportunities data set is absent (../shared/refdata/${SOURCE} not found beside the repository): its real-data checks are skipped.`);
      this.skip();
    }
    csv = parseCsv(text as string);
    dataset = parseDataset(crmPipelineDataset(csv), { mode: 'strict' }).dataset;
    stage = csv.column('deal_stage');
    engaged = csv.column('engage_date');
    closed = csv.column('close_date');
    value = csv.column('close_value');
    agent = csv.column('sales_agent');
  });

  /** Rows (indexes) of the CSV that `keep` accepts. */
  const rows = (keep: (i: number) => boolean) => Array.from({ length: csv.length }, (_, i) => i).filter(keep);
  const sumValue = (indexes: number[]) => indexes.reduce((s, i) => s + (value[i] === '' ? 0 : Number(value[i])), 0);

  it('converts every opportunity: the file has the data set documented shape', () => {
    expect(csv.length).to.equal(8800);
    expect(dataset.deals).to.have.length(8800);
    // The quirks the conversion documents: Prospecting rows have no dates, open rows no value.
    expect(rows((i) => stage[i] === 'Prospecting' && engaged[i] !== '')).to.have.length(0);
    expect(rows((i) => (stage[i] === 'Won' || stage[i] === 'Lost') && (closed[i] === '' || engaged[i] === ''))).to.have.length(0);
    expect(rows((i) => closed[i] !== '' && closed[i]! > CRM_SNAPSHOT_DAY)).to.have.length(0);
  });

  it('funnel (reached): every deal passed Prospecting, the engaged ones Engaging; outcomes as the file has them', () => {
    const all = rows(() => true);
    const wasEngaged = rows((i) => engaged[i] !== '');
    const won = rows((i) => stage[i] === 'Won').length;
    const lost = rows((i) => stage[i] === 'Lost').length;
    const open = rows((i) => stage[i] === 'Engaging' || stage[i] === 'Prospecting').length;
    const result = computeMetric('funnel', dataset, { mode: 'reached' });
    expect(result.stages.map((s) => [s.stage, s.count, s.value])).to.deep.equal([
      ['Prospecting', all.length, sumValue(all)],
      ['Engaging', wasEngaged.length, sumValue(wasEngaged)],
    ]);
    expect([result.won, result.lost, result.open]).to.deep.equal([won, lost, open]);
    // The figures as published with the data set, for the reader: 4,238 won, 2,473 lost.
    expect([won, lost, open, wasEngaged.length]).to.deep.equal([4238, 2473, 2089, 8300]);
    expect(result.stages[1]).to.include({ fromPrevious: wasEngaged.length / all.length, dropOff: all.length - wasEngaged.length });
    expect(result.closeRate).to.include({ numerator: won, denominator: all.length });
    expect(result.winRate).to.include({ numerator: won, denominator: won + lost });
  });

  it('funnel time in stage: Engaging lasts engage_date → close_date of closed deals; Prospecting is unknown', () => {
    const stays = rows((i) => stage[i] === 'Won' || stage[i] === 'Lost').map((i) => daysBetween(engaged[i]!, closed[i]!));
    const result = computeMetric('funnel', dataset);
    const [prospecting, engaging] = result.stages;
    expect(prospecting).to.include({ medianDays: null, meanDays: null });
    expect(engaging!.medianDays).to.equal(quantileBySorting(stays, 0.5));
    expect(engaging!.meanDays).to.be.closeTo(meanOf(stays)!, 1e-9);
    expect(result.bottleneck).to.equal('Engaging');
  });

  it('funnel (strict): no history records the Prospecting entry, so only deals still in Prospecting qualify', () => {
    const result = computeMetric('funnel', dataset, { mode: 'strict' });
    expect(result.stages.map((s) => s.count)).to.deep.equal([rows((i) => stage[i] === 'Prospecting').length, 0]);
  });

  it('funnel over a range counts deals engaged in it (Prospecting deals, undated, stay out)', () => {
    const inH1 = rows((i) => engaged[i]! >= '2017-01-01' && engaged[i]! < '2017-07-01');
    const result = computeMetric('funnel', dataset, { from: '2017-01-01', to: '2017-07-01' });
    expect(result.stages.map((s) => s.count)).to.deep.equal([inH1.length, inH1.length]);
    expect(result.won).to.equal(inH1.filter((i) => stage[i] === 'Won').length);
    expect(result.lost).to.equal(inH1.filter((i) => stage[i] === 'Lost').length);
  });

  it('funnel per sales agent: each agent own counts, and the agents add up to the whole', () => {
    const agents = [...new Set(agent)].sort();
    let prospecting = 0;
    for (const name of agents) {
      const mine = rows((i) => agent[i] === name);
      const result = computeMetric('funnel', dataset, { owner: name });
      expect(result.stages.map((s) => s.count), name).to.deep.equal([mine.length, mine.filter((i) => engaged[i] !== '').length]);
      expect(result.won, name).to.equal(mine.filter((i) => stage[i] === 'Won').length);
      prospecting += result.stages[0]!.count;
    }
    expect(agents).to.have.length(30);
    expect(prospecting).to.equal(csv.length);
  });

  it('win rate: won / (won + lost) overall, and won / all deals (won-over-all)', () => {
    const won = rows((i) => stage[i] === 'Won').length;
    const lost = rows((i) => stage[i] === 'Lost').length;
    expect(computeMetric('win-rate', dataset)).to.deep.equal({ value: won / (won + lost), numerator: won, denominator: won + lost, unit: 'ratio', definition: 'won-over-closed' });
    expect(computeMetric('win-rate', dataset, { definition: 'won-over-all' })).to.include({ numerator: won, denominator: csv.length });
  });

  it('win rate per quarter of close_date', () => {
    const quarterOf = (day: string) => `${day.slice(0, 4)}-${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    const direct = new Map<string, { won: number; closed: number }>();
    for (const i of rows((r) => stage[r] === 'Won' || stage[r] === 'Lost')) {
      const q = quarterOf(closed[i]!);
      const cell = direct.get(q) ?? { won: 0, closed: 0 };
      cell.closed++;
      if (stage[i] === 'Won') cell.won++;
      direct.set(q, cell);
    }
    const { series } = computeMetric('win-rate', dataset, { period: 'quarter' });
    const seen = series!.filter((p) => p.denominator! > 0).map((p) => [p.start, p.numerator, p.denominator]);
    expect(seen).to.deep.equal([...direct.entries()].sort().map(([q, c]) => [q, c.won, c.closed]));
    expect(seen.map((p) => p[0])).to.deep.equal(['2017-01-01', '2017-04-01', '2017-07-01', '2017-10-01']);
  });

  describe('sales cycle: close_date − engage_date in days of won deals', () => {
    const cycles = (keep: (i: number) => boolean) => rows((i) => stage[i] === 'Won' && keep(i)).map((i) => daysBetween(engaged[i]!, closed[i]!));

    it('median, mean and 90th percentile of every won deal', () => {
      const days = cycles(() => true);
      const result = computeMetric('sales-cycle', dataset);
      expect(result.count).to.equal(4238);
      expect(result.median).to.equal(quantileBySorting(days, 0.5));
      expect(result.p90).to.be.closeTo(quantileBySorting(days, 0.9)!, 1e-9);
      expect(result.mean).to.be.closeTo(meanOf(days)!, 1e-9);
    });

    it('the histogram holds every won deal in the bin of its cycle', () => {
      const days = cycles(() => true);
      const { histogram } = computeMetric('sales-cycle', dataset);
      expect(histogram.map((bin) => bin.count)).to.deep.equal(histogram.map((bin) => days.filter((d) => d >= bin.from && d < bin.to).length));
      expect(histogram.reduce((s, bin) => s + bin.count, 0)).to.equal(days.length);
    });

    it('per sales agent, and per quarter of close_date', () => {
      const { byOwner } = computeMetric('sales-cycle', dataset);
      for (const row of byOwner) {
        const days = cycles((i) => agent[i] === row.owner);
        expect([row.count, row.median], String(row.owner)).to.deep.equal([days.length, quantileBySorting(days, 0.5)]);
      }
      expect(byOwner.reduce((s, row) => s + row.count, 0)).to.equal(4238);
      const { series } = computeMetric('sales-cycle', dataset, { period: 'quarter', from: '2017-01-01', to: '2018-01-01' });
      expect(series!.map((p) => [p.start, p.count, p.median])).to.deep.equal(
        ['2017-01-01', '2017-04-01', '2017-07-01', '2017-10-01'].map((start, q) => {
          const end = ['2017-04-01', '2017-07-01', '2017-10-01', '2018-01-01'][q]!;
          const days = cycles((i) => closed[i]! >= start && closed[i]! < end);
          return [start, days.length, quantileBySorting(days, 0.5)];
        }),
      );
    });
  });
});
