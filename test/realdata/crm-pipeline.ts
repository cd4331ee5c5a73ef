/**
 * CRM Sales Opportunities (`sales_pipeline.csv`, Maven Analytics sample, no stated license: read
 * from ../shared, never vendored) as a canonical dataset.
 *
 * The file holds one row per opportunity: opportunity_id, sales_agent, product, account,
 * deal_stage (Prospecting > Engaging > Won / Lost, per its data dictionary), engage_date,
 * close_date, close_value. What is true to it, and so what the conversion does:
 *
 * - stages `['Prospecting', 'Engaging']`; Won and Lost are outcomes.
 * - `id` = opportunity_id, `owner` = sales_agent, `accountId` = account only where it is given
 *   (1,088 Engaging and 337 Prospecting rows have none).
 * - Won / Lost: `outcome` won / lost, `closedAt` = close_date, `stage` = 'Engaging' (the last
 *   stage reached before the decision).
 * - Engaging: open, `stage` 'Engaging'. Prospecting: open, `stage` 'Prospecting'.
 * - `createdAt` = engage_date. The file does not say when a deal entered Prospecting, only when
 *   it began Engaging, so the deal's recorded life starts there: a sales cycle is
 *   close_date − engage_date.
 * - Prospecting deals have no date at all. The schema needs a `createdAt`, so they get
 *   `CRM_SNAPSHOT_DAY`, the last day the file records (its latest close_date): all that is known
 *   is that they existed when the data was taken. A metric over a range ending before it leaves
 *   them out, which is right — nothing says they were there earlier. Quirk: over a range
 *   containing that day they look created on it.
 * - `history` = `[{ stage: 'Engaging', at: engage_date }]` for deals that were engaged; none for
 *   Prospecting deals. The Prospecting entry is not recorded for any deal, so no history invents
 *   one: the funnel's `reached` mode still counts every engaged deal as having passed
 *   Prospecting (through its furthest stage), its time in Prospecting is unknown (null), and its
 *   time in Engaging is engage_date → close_date for closed deals. In `strict` mode no engaged
 *   deal qualifies, since no history shows it passing Prospecting first.
 * - `amount` = close_value for Won and Lost deals (Lost ones are all 0 in the file); open deals
 *   have no close_value and get 0 — their value is not known.
 */
import type { DatasetInput } from '../../src/schema/index.js';
import type { CsvTable } from './csv.js';

export const CRM_STAGES = ['Prospecting', 'Engaging'];
/** The latest date in the file (a close_date): the stand-in `createdAt` of Prospecting deals. */
export const CRM_SNAPSHOT_DAY = '2017-12-31';

type DealInput = NonNullable<DatasetInput['deals']>[number];

export function crmPipelineDataset(csv: CsvTable): DatasetInput {
  const id = csv.column('opportunity_id');
  const agent = csv.column('sales_agent');
  const account = csv.column('account');
  const dealStage = csv.column('deal_stage');
  const engaged = csv.column('engage_date');
  const closed = csv.column('close_date');
  const value = csv.column('close_value');
  const deals: DealInput[] = [];
  for (let i = 0; i < csv.length; i++) {
    const stage = dealStage[i] as string;
    const engageDate = engaged[i] as string;
    const deal: DealInput = {
      id: id[i] as string,
      owner: agent[i] as string,
      amount: value[i] === '' ? 0 : Number(value[i]),
      createdAt: engageDate === '' ? CRM_SNAPSHOT_DAY : engageDate,
      outcome: stage === 'Won' ? 'won' : stage === 'Lost' ? 'lost' : 'open',
      stage: stage === 'Prospecting' ? 'Prospecting' : 'Engaging',
    };
    if (account[i] !== '') deal.accountId = account[i] as string;
    if (engageDate !== '') deal.history = [{ stage: 'Engaging', at: engageDate }];
    if (deal.outcome !== 'open') deal.closedAt = closed[i] as string;
    if (stage !== 'Won' && stage !== 'Lost' && stage !== 'Engaging' && stage !== 'Prospecting') throw new Error(`sales_pipeline.csv record ${i + 1}: unknown deal_stage ${JSON.stringify(stage)}`);
    deals.push(deal);
  }
  return { stages: CRM_STAGES, deals };
}
