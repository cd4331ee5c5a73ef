// A five-deal pipeline with its figures worked out by hand. Stages reached: Lead 5; Qualified 3
// (d1, d2, d5: d5 went from Lead straight to Proposal, and reached counts it for every stage up to
// its furthest); Proposal 2 (d1, d5). Won d1, d5; lost d2, d4; open d3. Win rate 2 / (2 + 2) = 50%
// over closed deals (`won-over-closed`), 2 / 5 = 40% over all deals (`won-over-all`).
import type { DatasetInput } from '../../../src/schema/index.js';

export function fivePipeline(): DatasetInput {
  return {
    stages: ['Lead', 'Qualified', 'Proposal'],
    deals: [
      { id: 'd1', amount: 1000, createdAt: '2024-01-01', closedAt: '2024-02-01', outcome: 'won', stage: 'Proposal', history: [{ stage: 'Lead', at: '2024-01-01' }, { stage: 'Qualified', at: '2024-01-05' }, { stage: 'Proposal', at: '2024-01-20' }] },
      { id: 'd2', amount: 2000, createdAt: '2024-01-02', closedAt: '2024-01-30', outcome: 'lost', stage: 'Qualified', history: [{ stage: 'Lead', at: '2024-01-02' }, { stage: 'Qualified', at: '2024-01-12' }] },
      { id: 'd3', amount: 500, createdAt: '2024-01-03', outcome: 'open', stage: 'Lead', history: [{ stage: 'Lead', at: '2024-01-03' }] },
      { id: 'd4', amount: 700, createdAt: '2024-01-04', closedAt: '2024-01-10', outcome: 'lost', stage: 'Lead', history: [{ stage: 'Lead', at: '2024-01-04' }] },
      { id: 'd5', amount: 900, createdAt: '2024-01-05', closedAt: '2024-02-10', outcome: 'won', stage: 'Proposal', history: [{ stage: 'Lead', at: '2024-01-05' }, { stage: 'Proposal', at: '2024-01-25' }] },
    ],
  };
}

/** Deals that reached each stage, by hand. */
export const STAGE_COUNTS = [5, 3, 2] as const;

/** The win rate drawn, by hand, per definition. */
export const WIN_RATES = { 'won-over-closed': 0.5, 'won-over-all': 0.4 } as const;

/** The funnel's stage groups in its shadow root, in stage order (what a click selects). */
export function stageMarks(funnel: Element): SVGGElement[] {
  return [...funnel.shadowRoot!.querySelectorAll<SVGGElement>('g.stage')];
}
