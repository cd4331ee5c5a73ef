/** What the metrics of the catalog need to find in generated data: shapes, not exact numbers. */
import { expect } from '@open-wc/testing';
import type { DatasetInput } from '../../src/schema/index.js';
import { largeSample, ms, rows, type Row } from './sample.js';

const HOUR = 3_600_000;
const MONTH = 30.436875 * 24 * HOUR;

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function byAccount<T extends { accountId?: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of list) {
    const key = row.accountId!;
    const group = out.get(key);
    if (group) group.push(row);
    else out.set(key, [row]);
  }
  return out;
}

describe('generator: realistic shapes', () => {
  let dataset: DatasetInput;
  let deals: Row<'deals'>[];
  let accounts: Row<'accounts'>[];
  let customers: Set<string>;

  before(() => {
    dataset = largeSample();
    deals = rows(dataset, 'deals');
    accounts = rows(dataset, 'accounts');
    customers = new Set(deals.filter((d) => d.outcome === 'won').map((d) => d.accountId!));
  });

  it('moves deals forward through the stages only', () => {
    const stages = dataset.stages!;
    for (const d of deals) {
      const order = d.history!.map((h) => stages.indexOf(h.stage));
      order.forEach((index, i) => expect(index, d.id).to.equal(i));
    }
  });

  it('narrows the funnel stage by stage', () => {
    const reached = dataset.stages!.map((_, i) => deals.filter((d) => d.history!.length > i).length);
    for (let i = 1; i < reached.length; i++) expect(reached[i], `stage ${i}`).to.be.below(reached[i - 1]! * 0.9);
  });

  it('has won, lost and open deals of every kind', () => {
    for (const outcome of ['won', 'lost', 'open']) expect(deals.filter((d) => d.outcome === outcome).length, outcome).to.be.above(30);
    for (const kind of ['new', 'upsell', 'cross-sell', 'renewal']) expect(deals.filter((d) => d.kind === kind).length, kind).to.be.above(30);
    const won = deals.filter((d) => d.outcome === 'won').length;
    const lost = deals.filter((d) => d.outcome === 'lost').length;
    expect(share(won, won + lost)).to.be.within(0.15, 0.45);
  });

  it('creates more deals in Q4 than in summer', () => {
    const byMonth = new Array(12).fill(0);
    for (const d of deals) byMonth[new Date(ms(d.createdAt)).getUTCMonth()]++;
    const q4 = byMonth[9] + byMonth[10] + byMonth[11];
    const summer = byMonth[5] + byMonth[6] + byMonth[7];
    expect(q4).to.be.above(summer * 1.3);
  });

  it('loses customers, SMB more than Enterprise', () => {
    const churnShare = (segment: string): number => {
      const inSegment = accounts.filter((a) => a.segment === segment && customers.has(a.id));
      return share(inSegment.filter((a) => a.churnedAt !== undefined).length, inSegment.length);
    };
    expect(churnShare('SMB')).to.be.above(0.2);
    expect(churnShare('SMB')).to.be.above(churnShare('Mid-Market') + 0.1);
    expect(churnShare('SMB')).to.be.above(churnShare('Enterprise') + 0.1);
  });

  it('makes cohort retention decay with tenure', () => {
    const start = new Map<string, number>();
    for (const s of rows(dataset, 'subscriptions')) if (!start.has(s.accountId)) start.set(s.accountId, ms(s.start));
    const firstYear = accounts.filter((a) => start.has(a.id) && start.get(a.id)! < Date.UTC(2023, 0, 1));
    const activeAfter = (months: number): number =>
      share(firstYear.filter((a) => a.churnedAt === undefined || ms(a.churnedAt) > start.get(a.id)! + months * MONTH).length, firstYear.length);
    expect(activeAfter(3)).to.be.below(1);
    expect(activeAfter(12)).to.be.below(activeAfter(3));
    expect(activeAfter(24)).to.be.below(activeAfter(12));
    expect(activeAfter(24)).to.be.above(0.3);
  });

  it('renews most subscription terms and ends some', () => {
    const ended = rows(dataset, 'subscriptions').filter((s) => s.end !== undefined);
    const renewed = share(ended.filter((s) => s.renewed).length, ended.length);
    expect(renewed).to.be.within(0.6, 0.97);
  });

  it('has refunds, a few, each smaller than the purchase before it', () => {
    const orders = rows(dataset, 'orders');
    const refunds = orders.filter((o) => o.amount < 0);
    expect(refunds.length).to.be.above(10);
    expect(share(refunds.length, orders.length)).to.be.below(0.1);
    for (const list of byAccount(orders).values()) {
      list.forEach((o, i) => {
        if (o.amount < 0) expect(-o.amount).to.be.below(list[i - 1]!.amount);
      });
    }
  });

  it('scores NPS with promoters, passives and detractors, lower among customers who left', () => {
    const nps = rows(dataset, 'surveys').filter((s) => s.kind === 'nps');
    const promoters = share(nps.filter((s) => s.score >= 9).length, nps.length);
    const detractors = share(nps.filter((s) => s.score <= 6).length, nps.length);
    expect(promoters).to.be.within(0.2, 0.6);
    expect(detractors).to.be.within(0.1, 0.45);
    expect(1 - promoters - detractors).to.be.above(0.15);
    const churned = new Set(accounts.filter((a) => a.churnedAt !== undefined).map((a) => a.id));
    const mean = (list: Row<'surveys'>[]) => list.reduce((s, x) => s + x.score, 0) / list.length;
    expect(mean(nps.filter((s) => churned.has(s.accountId!)))).to.be.below(mean(nps.filter((s) => !churned.has(s.accountId!))) - 0.3);
    for (const kind of ['ces', 'csat'] as const) expect(rows(dataset, 'surveys').filter((s) => s.kind === kind).length, kind).to.be.above(50);
  });

  it('has prospects with five or more unanswered outbound attempts in a row', () => {
    let prospects = 0;
    for (const list of byAccount(rows(dataset, 'activities')).values()) {
      let run = 0;
      let longest = 0;
      for (const act of [...list].sort((a, b) => ms(a.at) - ms(b.at))) {
        if (act.direction !== 'outbound') continue;
        run = act.responded ? 0 : run + 1;
        longest = Math.max(longest, run);
      }
      if (longest >= 5) prospects++;
    }
    expect(prospects).to.be.above(50);
  });

  it('answers inbound inquiries after minutes, hours and days', () => {
    const delays: number[] = [];
    for (const list of byAccount(rows(dataset, 'activities')).values()) {
      const sorted = [...list].sort((a, b) => ms(a.at) - ms(b.at));
      const inquiry = sorted.findIndex((a) => a.direction === 'inbound' && a.dealId === undefined);
      if (inquiry < 0) continue;
      const answer = sorted.slice(inquiry + 1).find((a) => a.direction === 'outbound');
      if (answer) delays.push(ms(answer.at) - ms(sorted[inquiry]!.at));
    }
    expect(delays.length).to.be.above(300);
    expect(delays.filter((d) => d < HOUR).length).to.be.above(30);
    expect(delays.filter((d) => d >= HOUR && d < 24 * HOUR).length).to.be.above(30);
    expect(delays.filter((d) => d >= 24 * HOUR).length).to.be.above(10);
  });

  it('converts the test group of campaigns better than the control group', () => {
    const conversion = (group: string) => {
      const list = accounts.filter((a) => a.group === group);
      expect(list.length, group).to.be.above(50);
      return share(list.filter((a) => customers.has(a.id)).length, list.length);
    };
    expect(conversion('test')).to.be.above(conversion('control'));
  });

  it('resolves most tickets at first contact, leaves some open', () => {
    const tickets = rows(dataset, 'tickets');
    const resolved = tickets.filter((t) => t.resolvedAt !== undefined);
    const firstContact = share(resolved.filter((t) => t.contacts === 1).length, resolved.length);
    expect(firstContact).to.be.within(0.45, 0.8);
    expect(tickets.length - resolved.length).to.be.above(0);
    expect(new Set(tickets.map((t) => t.agent)).size).to.be.above(3);
  });

  it('spends on every cost category every month, with campaigns of different returns', () => {
    const campaigns = rows(dataset, 'campaigns');
    const roi = campaigns.map((c) => {
      const revenue = deals.filter((d) => d.campaignId === c.id && d.outcome === 'won').reduce((s, d) => s + d.amount, 0);
      return (revenue - c.cost) / c.cost;
    });
    expect(Math.max(...roi) - Math.min(...roi)).to.be.above(1);
    expect(new Set(rows(dataset, 'costs').map((c) => ms(c.at))).size).to.equal(36);
  });
});
