import { expect } from '@open-wc/testing';
import { generateDataset } from '../../src/generator/index.js';
import { computeMetric, tableOf } from '../../src/metrics/index.js';
import { createScope } from '../../src/metrics/scope.js';
import { helpDeskTickets } from '../../src/metrics/service/help-desk-members.js';
import { parseDataset } from '../../src/schema/index.js';
import { ACCOUNTS, dataset as strict, ticket } from '../metrics/service/service-data.js';

/** The tickets behind each mark are exactly as many as help-desk counts, under every filter. */
describe('helpDeskTickets: the tickets behind a service mark', () => {
  const { dataset } = parseDataset(generateDataset({ seed: 5, accounts: 400 }));
  const table = tableOf(dataset);
  const scenarios = [{}, { from: '2023-01-01', to: '2023-07-01', timeZone: 'America/New_York' }, { from: '2023-01-01', segment: 'Enterprise' }, { to: '2024-01-01', owner: table.owners.values[0] }];

  for (const options of scenarios) {
    it(`match the metric's age bands, agents and openings (${JSON.stringify(options)})`, () => {
      const desk = computeMetric('help-desk', dataset, options);
      expect(desk.opened).to.be.greaterThan(10);
      const queued = new Set<string>();
      for (const { band, count } of desk.open.byAge) {
        const { tickets } = helpDeskTickets(table, options, { by: 'age', band });
        expect(tickets, band).to.have.length(count);
        for (const id of tickets) queued.add(id);
      }
      expect(queued.size, 'the bands hold every open ticket once').to.equal(desk.open.count);
      expect(helpDeskTickets(table, options, { by: 'opened' }).tickets).to.have.length(desk.opened);

      // Each agent's tickets, counted again from the table: opened or resolved in range, or queued.
      const scope = createScope(table, options);
      const row = new Map(table.tickets.id.map((id, i) => [id, i]));
      for (const agent of desk.byAgent) {
        const { tickets, accounts } = helpDeskTickets(table, options, { by: 'agent', agent: agent.agent });
        let opened = 0;
        let resolved = 0;
        let open = 0;
        for (const id of tickets) {
          const i = row.get(id)!;
          const openedAt = table.tickets.openedAt[i]!;
          const resolvedAt = table.tickets.resolvedAt[i]!;
          expect(table.agents.decode(table.tickets.agent[i]!) ?? null).to.equal(agent.agent);
          if (openedAt >= scope.from && openedAt < scope.to) opened++;
          if (resolvedAt >= scope.from && resolvedAt < scope.to) resolved++;
          if (openedAt < scope.to && !(resolvedAt < scope.to)) open++;
        }
        expect([opened, resolved, open], String(agent.agent)).to.deep.equal([agent.tickets, agent.resolved, agent.open]);
        expect(tickets.length).to.be.at.most(agent.tickets + agent.resolved + agent.open);
        expect(new Set(accounts).size).to.equal(accounts.length);
      }
    });
  }

  it('gives ids and distinct accounts in row order, hand-computed; nothing for an unknown agent or band', () => {
    const d = strict({
      accounts: ACCOUNTS,
      tickets: [
        ticket('t1', '2024-01-02T00:00:00Z', { agent: 'Ann', resolvedAt: '2024-01-02T10:00:00Z', accountId: 'x' }),
        ticket('t2', '2024-01-10T00:00:00Z', { agent: 'Ann', accountId: 'y' }),
        ticket('t3', '2023-11-01T00:00:00Z', { agent: 'Ann', accountId: 'y' }),
        ticket('t4', '2024-01-31T12:00:00Z'),
        ticket('t5', '2023-10-01T00:00:00Z', { agent: 'Ann', resolvedAt: '2023-10-02T00:00:00Z', accountId: 'x' }),
      ],
    });
    const t = tableOf(d);
    const january = { from: '2024-01-01', to: '2024-02-01' };
    // As of Feb 1: t2 22 days, t3 92 days, t4 12 hours; t5 was resolved before the range.
    expect(helpDeskTickets(t, january, { by: 'agent', agent: 'Ann' })).to.deep.equal({ tickets: ['t1', 't2', 't3'], accounts: ['x', 'y'] });
    expect(helpDeskTickets(t, january, { by: 'agent', agent: null })).to.deep.equal({ tickets: ['t4'], accounts: [] });
    expect(helpDeskTickets(t, january, { by: 'age', band: '7–30d' })).to.deep.equal({ tickets: ['t2'], accounts: ['y'] });
    expect(helpDeskTickets(t, january, { by: 'age', band: '>30d' })).to.deep.equal({ tickets: ['t3'], accounts: ['y'] });
    expect(helpDeskTickets(t, { ...january, segment: 'SMB' }, { by: 'opened' })).to.deep.equal({ tickets: ['t1'], accounts: ['x'] });
    expect(helpDeskTickets(t, january, { by: 'agent', agent: 'Nobody' })).to.deep.equal({ tickets: [], accounts: [] });
    expect(helpDeskTickets(t, january, { by: 'age', band: '2 weeks' as never })).to.deep.equal({ tickets: [], accounts: [] });
  });
});
