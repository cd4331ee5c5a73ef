/**
 * Monthly costs by category, driven by what happened that month so that CAC, expense-to-
 * revenue and retention cost come out plausible at any dataset size: sales pay commission on
 * won deals and work per deal; marketing pays for campaigns and per new account; retention
 * per active customer; service per ticket.
 */
import { cents, lognormal } from './distributions.js';
import { Random, STREAM } from './random.js';
import type { CostRow } from './rows.js';
import type { World } from './world.js';

const COMMISSION = 0.1;
const SALES_PER_DEAL = 400;
const MARKETING_PER_ACCOUNT = 150;
const RETENTION_PER_CUSTOMER = 30;
const SERVICE_PER_TICKET = 45;
/** Fixed monthly floor per category, so a quiet month still has costs. */
const FLOOR = 500;

export function costRows(world: World): CostRow[] {
  const { span, tallies } = world;
  const rng = new Random(world.options.seed, STREAM.costs);
  const rows: CostRow[] = [];
  for (let m = 0; m < span.months; m++) {
    const at = span.monthStarts[m]!;
    const sales = COMMISSION * tallies.wonAmount[m]! + SALES_PER_DEAL * tallies.dealsCreated[m]!;
    const marketing = tallies.campaignSpend[m]! + MARKETING_PER_ACCOUNT * tallies.accountsCreated[m]!;
    const retention = RETENTION_PER_CUSTOMER * tallies.activeCustomers[m]!;
    const service = SERVICE_PER_TICKET * tallies.ticketsOpened[m]!;
    rows.push(
      { at, category: 'sales', amount: cents(FLOOR + sales * lognormal(rng, 1, 0.05)) },
      { at, category: 'marketing', amount: cents(FLOOR + marketing * lognormal(rng, 1, 0.05)) },
      { at, category: 'retention', amount: cents(FLOOR + retention * lognormal(rng, 1, 0.05)) },
      { at, category: 'service', amount: cents(FLOOR + service * lognormal(rng, 1, 0.05)) },
    );
  }
  return rows;
}
