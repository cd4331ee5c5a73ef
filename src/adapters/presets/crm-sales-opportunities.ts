/**
 * CRM Sales Opportunities (Maven Analytics' sample B2B pipeline, `sales_pipeline.csv`: one row
 * per opportunity with opportunity_id, sales_agent, product, account, deal_stage, engage_date,
 * close_date, close_value) as deals — the same dataset as the project's reference conversion
 * (test/realdata/crm-pipeline.ts), which the tests check row for row.
 *
 * - Stages `Prospecting` → `Engaging`; `Won` and `Lost` are outcomes, decided from Engaging.
 * - `createdAt` = engage_date: the file records when a deal began Engaging, not when it was
 *   first prospected. Prospecting deals have no date at all and get the file's last day,
 *   {@link CRM_SALES_SNAPSHOT_DAY}: all that is known is that they existed when it was taken.
 * - `history` = one Engaging entry at engage_date, for the deals that were engaged.
 * - `closedAt` = close_date for Won and Lost deals; `amount` = close_value, 0 where it is empty
 *   (open deals: their value is not known).
 * - `accountId` = account where it is given (1,425 open deals have none).
 */
import type { FieldMap } from '../field-map.js';

export const CRM_SALES_STAGES = ['Prospecting', 'Engaging'] as const;
/** The latest close_date in the file: the stand-in `createdAt` of deals still prospecting. */
export const CRM_SALES_SNAPSHOT_DAY = '2017-12-31';

/** A field map for `sales_pipeline.csv`. */
export function crmSalesOpportunities(): FieldMap {
  return {
    table: 'deals',
    stages: CRM_SALES_STAGES,
    fields: {
      id: 'opportunity_id',
      owner: 'sales_agent',
      accountId: 'account',
      amount: { column: 'close_value', default: 0 },
      createdAt: { column: 'engage_date', default: CRM_SALES_SNAPSHOT_DAY },
      closedAt: { column: 'close_date', onlyWhen: { column: 'deal_stage', values: ['Won', 'Lost'] } },
      outcome: { column: 'deal_stage', values: { Won: 'won', Lost: 'lost', Engaging: 'open', Prospecting: 'open' } },
      stage: { column: 'deal_stage', values: { Won: 'Engaging', Lost: 'Engaging', Engaging: 'Engaging', Prospecting: 'Prospecting' } },
      history: { history: [{ stage: 'Engaging', column: 'engage_date' }] },
    },
  };
}
