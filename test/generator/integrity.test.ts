/**
 * The rules of DESIGN.md ("The canonical dataset"), checked directly on generated rows rather
 * than through the schema, so a generator bug and a schema bug cannot hide each other.
 */
import { expect } from '@open-wc/testing';
import type { DatasetInput } from '../../src/schema/index.js';
import { largeSample, ms, rows, smallSample, SPAN_END, SPAN_START } from './sample.js';

function uniqueIds(list: readonly { id: string }[], table: string): Set<string> {
  const ids = new Set(list.map((row) => row.id));
  expect(ids.size, `${table} ids`).to.equal(list.length);
  return ids;
}

function inSpan(value: string | number | undefined, what: string): void {
  if (value === undefined) return;
  expect(ms(value), what).to.be.at.least(SPAN_START);
  expect(ms(value), what).to.be.below(SPAN_END);
}

function checkDataset(dataset: DatasetInput): void {
  const stages = dataset.stages!;
  const accounts = rows(dataset, 'accounts');
  const deals = rows(dataset, 'deals');
  const campaigns = rows(dataset, 'campaigns');
  const accountIds = uniqueIds(accounts, 'accounts');
  const dealIds = uniqueIds(deals, 'deals');
  const campaignIds = uniqueIds(campaigns, 'campaigns');
  uniqueIds(rows(dataset, 'orders'), 'orders');
  uniqueIds(rows(dataset, 'subscriptions'), 'subscriptions');
  uniqueIds(rows(dataset, 'activities'), 'activities');
  uniqueIds(rows(dataset, 'tickets'), 'tickets');
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const dealById = new Map(deals.map((d) => [d.id, d]));

  for (const a of accounts) {
    inSpan(a.createdAt, `${a.id}.createdAt`);
    inSpan(a.churnedAt, `${a.id}.churnedAt`);
    if (a.churnedAt !== undefined) expect(ms(a.churnedAt)).to.be.at.least(ms(a.createdAt));
    if (a.campaignId !== undefined) expect(campaignIds.has(a.campaignId), a.id).to.equal(true);
    expect(a.group === undefined, `${a.id}: group only with a campaign`).to.equal(a.campaignId === undefined);
    expect(['SMB', 'Mid-Market', 'Enterprise']).to.include(a.segment);
  }
  for (const c of campaigns) {
    inSpan(c.start, c.id);
    inSpan(c.end, c.id);
    expect(ms(c.end!)).to.be.at.least(ms(c.start!));
    expect(c.cost).to.be.at.least(0);
  }

  const firstWin = new Map<string, number>();
  for (const d of deals) {
    const where = d.id;
    expect(accountIds.has(d.accountId!), where).to.equal(true);
    if (d.campaignId !== undefined) expect(campaignIds.has(d.campaignId), where).to.equal(true);
    expect(d.amount, where).to.be.above(0);
    inSpan(d.createdAt, where);
    inSpan(d.closedAt, where);
    expect(ms(d.createdAt), where).to.be.at.least(ms(accountById.get(d.accountId!)!.createdAt));
    expect(d.closedAt === undefined, `${where}: closedAt iff closed`).to.equal(d.outcome === 'open');
    const history = d.history!;
    expect(history.length, where).to.be.at.least(1);
    expect(ms(history[0]!.at), where).to.equal(ms(d.createdAt));
    history.forEach((entry, i) => {
      expect(entry.stage, `${where}.history[${i}]`).to.equal(stages[i]);
      if (i > 0) expect(ms(entry.at), `${where}.history[${i}]`).to.be.at.least(ms(history[i - 1]!.at));
    });
    expect(d.stage, where).to.equal(history[history.length - 1]!.stage);
    if (d.closedAt !== undefined) expect(ms(d.closedAt), where).to.be.at.least(ms(history[history.length - 1]!.at));
    if (d.outcome === 'won') expect(d.stage, where).to.equal(stages[stages.length - 1]);
    if (d.outcome === 'won') firstWin.set(d.accountId!, Math.min(firstWin.get(d.accountId!) ?? Infinity, ms(d.closedAt!)));
  }

  // Customers are the accounts with a won deal; only they buy, subscribe and churn.
  for (const a of accounts) if (a.churnedAt !== undefined) expect(firstWin.has(a.id), `${a.id} churned`).to.equal(true);
  for (const d of deals) {
    const churnedAt = accountById.get(d.accountId!)!.churnedAt;
    if (d.kind !== 'new' && churnedAt !== undefined) {
      expect(d.outcome, `${d.id} of a lost customer`).to.not.equal('open');
      expect(ms(d.closedAt!)).to.be.at.most(ms(churnedAt));
    }
  }
  const lastPurchase = new Map<string, number>();
  for (const o of rows(dataset, 'orders')) {
    expect(accountIds.has(o.accountId), o.id).to.equal(true);
    inSpan(o.at, o.id);
    const start = firstWin.get(o.accountId);
    expect(start, `${o.id}: from a customer`).to.not.equal(undefined);
    expect(ms(o.at), o.id).to.be.at.least(start!);
    const churnedAt = accountById.get(o.accountId)!.churnedAt;
    if (churnedAt !== undefined) expect(ms(o.at), `${o.id} after churn`).to.be.at.most(ms(churnedAt));
    if (o.amount < 0) {
      expect(-o.amount, `${o.id}: refund smaller than the purchase`).to.be.below(lastPurchase.get(o.accountId)!);
      expect(o.cost).to.equal(undefined);
    } else {
      expect(o.amount, o.id).to.be.above(0);
      expect(o.cost! / o.amount, `${o.id} cost share`).to.be.within(0.549, 0.801);
      expect(o.items).to.be.at.least(1);
      lastPurchase.set(o.accountId, o.amount);
    }
  }

  const termsByAccount = new Map<string, NonNullable<DatasetInput['subscriptions']>>();
  for (const s of rows(dataset, 'subscriptions')) {
    expect(accountIds.has(s.accountId), s.id).to.equal(true);
    inSpan(s.start, s.id);
    inSpan(s.end, s.id);
    expect(s.amount).to.be.above(0);
    expect(s.renewed === undefined, `${s.id}: renewed iff ended`).to.equal(s.end === undefined);
    if (s.end !== undefined) expect(ms(s.end)).to.be.above(ms(s.start));
    termsByAccount.set(s.accountId, [...(termsByAccount.get(s.accountId) ?? []), s]);
  }
  for (const [accountId, terms] of termsByAccount) {
    expect(ms(terms[0]!.start), accountId).to.equal(firstWin.get(accountId));
    terms.forEach((term, i) => {
      if (i < terms.length - 1) {
        expect(term.renewed, accountId).to.equal(true);
        expect(ms(terms[i + 1]!.start), `${accountId} terms back to back`).to.equal(ms(term.end!));
      }
    });
    const lastTerm = terms[terms.length - 1]!;
    const churnedAt = accountById.get(accountId)!.churnedAt;
    if (churnedAt === undefined) expect(lastTerm.end, `${accountId} active`).to.equal(undefined);
    else {
      expect(lastTerm.renewed).to.equal(false);
      expect(ms(lastTerm.end!)).to.equal(ms(churnedAt));
    }
  }

  for (const act of rows(dataset, 'activities')) {
    expect(accountIds.has(act.accountId!), act.id).to.equal(true);
    inSpan(act.at, act.id);
    if (act.dealId !== undefined) {
      expect(dealIds.has(act.dealId), act.id).to.equal(true);
      expect(dealById.get(act.dealId)!.accountId, act.id).to.equal(act.accountId);
    }
    if (act.direction === 'inbound') expect(act.responded, act.id).to.equal(undefined);
  }

  const scales = { nps: [0, 10], ces: [1, 7], csat: [1, 5] } as const;
  for (const s of rows(dataset, 'surveys')) {
    expect(accountIds.has(s.accountId!)).to.equal(true);
    inSpan(s.at, 'survey');
    const [min, max] = scales[s.kind];
    expect(s.scale).to.equal(max);
    expect(Number.isInteger(s.score)).to.equal(true);
    expect(s.score).to.be.within(min, max);
  }

  for (const t of rows(dataset, 'tickets')) {
    expect(accountIds.has(t.accountId!), t.id).to.equal(true);
    inSpan(t.openedAt, t.id);
    inSpan(t.firstResponseAt, t.id);
    inSpan(t.resolvedAt, t.id);
    expect(t.contacts).to.be.within(1, 5);
    if (t.firstResponseAt !== undefined) expect(ms(t.firstResponseAt)).to.be.at.least(ms(t.openedAt));
    if (t.resolvedAt !== undefined) {
      expect(t.firstResponseAt, `${t.id}: resolved after a response`).to.not.equal(undefined);
      expect(ms(t.resolvedAt)).to.be.at.least(ms(t.firstResponseAt!));
    }
  }

  const costs = rows(dataset, 'costs');
  expect(costs).to.have.length(36 * 4);
  for (const c of costs) {
    inSpan(c.at, 'cost');
    expect(c.amount).to.be.above(0);
  }
  expect(new Set(costs.map((c) => c.category))).to.deep.equal(new Set(['sales', 'marketing', 'retention', 'service']));
}

describe('generator: rules of the canonical dataset', () => {
  it('holds every rule at 300 accounts', () => {
    checkDataset(smallSample());
  });

  it('holds every rule at 3000 accounts', () => {
    checkDataset(largeSample());
  });
});
