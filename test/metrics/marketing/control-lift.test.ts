import { expect } from '@open-wc/testing';
import { computeMetric } from '../../../src/metrics/index.js';
import { account, dataset, deal, order, wonDeal } from '../revenue/dataset-helpers.js';

/*
 * Test group t1…t4: t1 won 1000; t2 won 500 and bought 200, refunded 50; t3 bought 300; t4 nothing.
 *   converted 2 / 4 = 0.5; revenue 1000 + 500 + 200 − 50 + 300 = 1950, per account 487.5.
 * Control group c1…c5: c1 won 800; c2 lost a deal; c3…c5 nothing.
 *   converted 1 / 5 = 0.2; revenue 800, per account 160.
 * Lift: conversion 0.5 − 0.2 = 0.3; revenue per account 487.5 − 160 = 327.5; relative 0.5 / 0.2 − 1 = 1.5.
 * The account without a group counts nowhere.
 */
const test = (id: string, createdAt: string, segment = 'SMB') => account(id, { group: 'test', createdAt, segment, owner: 'Ann' });
const control = (id: string, createdAt: string, segment = 'SMB') => account(id, { group: 'control', createdAt, segment, owner: 'Bo' });
const d = dataset({
  accounts: [
    test('t1', '2024-01-05'), test('t2', '2024-01-06', 'Enterprise'), test('t3', '2024-02-07'), test('t4', '2024-03-08', 'Enterprise'),
    control('c1', '2024-01-05'), control('c2', '2024-01-06'), control('c3', '2024-02-07', 'Enterprise'), control('c4', '2024-02-08'), control('c5', '2024-03-09'),
    account('none', { createdAt: '2024-01-01' }),
  ],
  deals: [wonDeal('t1', '2024-04-01', 1000), wonDeal('t2', '2024-05-01', 500), wonDeal('c1', '2024-06-01', 800), deal('c2', 'lost', '2024-02-01', 700), wonDeal('none', '2024-02-01', 9000)],
  orders: [order('t2', '2024-05-02', 200), order('t2', '2024-05-03', -50), order('t3', '2024-03-01', 300), order('none', '2024-03-01', 77)],
});

describe('control-lift', () => {
  it('compares conversion and revenue per account of test and control (hand-computed)', () => {
    const result = computeMetric('control-lift', d);
    expect(result.test).to.deep.equal({ accounts: 4, converted: 2, conversion: 0.5, revenue: 1950, revenuePerAccount: 487.5 });
    expect(result.control).to.deep.equal({ accounts: 5, converted: 1, conversion: 0.2, revenue: 800, revenuePerAccount: 160 });
    expect(result.lift.conversion).to.be.closeTo(0.3, 1e-12);
    expect(result.lift.revenuePerAccount).to.equal(327.5);
    expect(result.lift.relativeConversion).to.be.closeTo(1.5, 1e-12);
  });

  it('takes the accounts created in the range and follows them to the end of the data', () => {
    // January: t1, t2 (both converted later, 1000 + 650) against c1 (converted), c2.
    const january = computeMetric('control-lift', d, { from: '2024-01-01', to: '2024-02-01' });
    expect(january.test).to.deep.equal({ accounts: 2, converted: 2, conversion: 1, revenue: 1650, revenuePerAccount: 825 });
    expect(january.control).to.deep.equal({ accounts: 2, converted: 1, conversion: 0.5, revenue: 800, revenuePerAccount: 400 });
    expect(january.lift).to.deep.equal({ conversion: 0.5, revenuePerAccount: 425, relativeConversion: 1 });
  });

  it('is null where a group is empty: empty dataset, one account, a control that never converts', () => {
    const empty = { accounts: 0, converted: 0, conversion: null, revenue: 0, revenuePerAccount: null };
    const noLift = { conversion: null, revenuePerAccount: null, relativeConversion: null };
    expect(computeMetric('control-lift', dataset({}))).to.deep.equal({ test: empty, control: empty, lift: noLift });
    expect(computeMetric('control-lift', dataset({ accounts: [test('t', '2024-01-01')] }))).to.deep.equal({
      test: { accounts: 1, converted: 0, conversion: 0, revenue: 0, revenuePerAccount: 0 }, control: empty, lift: noLift,
    });
    const result = computeMetric('control-lift', d, { from: '2024-03-01', to: '2024-04-01' });
    expect(result.lift).to.deep.equal({ conversion: 0, revenuePerAccount: 0, relativeConversion: null });
  });

  it('filters accounts by their segment and owner', () => {
    // SMB: t1, t3 against c1, c2, c4, c5.
    const smb = computeMetric('control-lift', d, { segment: 'SMB' });
    expect([smb.test.accounts, smb.test.converted, smb.control.accounts, smb.control.converted]).to.deep.equal([2, 1, 4, 1]);
    const ann = computeMetric('control-lift', d, { owner: 'Ann' });
    expect([ann.test.accounts, ann.control.accounts]).to.deep.equal([4, 0]);
    expect(ann.lift.conversion).to.equal(null);
  });
});
