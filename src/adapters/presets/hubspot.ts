/**
 * HubSpot deals, as the CRM's "Export" of a deals view writes them (one row per deal, one column
 * per property, the column named by the property's label).
 *
 * Column names are HubSpot's default deal properties, as documented in "HubSpot's default deal
 * properties" <https://knowledge.hubspot.com/crm-deals/hubspots-default-deal-properties>:
 * `Record ID`, `Deal Name`, `Deal Stage`, `Pipeline`, `Amount`, `Close Date`, `Create Date`,
 * `Deal owner`, `Deal Type`, `Associated Company`; and the stage calculated properties of "Use
 * stage calculated properties" <https://knowledge.hubspot.com/properties/stage-calculated-properties>:
 * one `Date entered "<stage> (<pipeline>)"` column per stage, which gives each deal its history.
 *
 * What the conversion decides, because the export does not say:
 *
 * - `Deal Stage` names the closed stages too: `Closed Won` → outcome won, `Closed Lost` → lost,
 *   any other stage → open, in that stage.
 * - A closed deal's last open stage is not a column. A won deal is taken to have passed every
 *   stage (its `stage` is the pipeline's last); a lost deal is only sure to have entered the
 *   first. Where the "Date entered" columns are exported, the history shows how far each deal
 *   really got, and the funnel counts that.
 * - `Close Date` is the expected close date while a deal is open (HubSpot's own definition):
 *   it becomes `closedAt` for closed deals only.
 * - An empty `Amount` is 0 (HubSpot leaves it empty on deals nobody priced); the deal still
 *   counts in every count.
 * - `Deal Type`: `New Business` → kind `new`, `Existing Business` → `upsell`.
 * - Dates: HubSpot writes them in the exporting user's format and time zone; the default here is
 *   the US `M/D/YYYY H:mm`, in UTC. Set `dateFormat` and `timeZone` to what the account uses.
 */
import type { DateFormat } from '../date-formats.js';
import type { FieldMap } from '../field-map.js';
import type { NumberFormat } from '../number-formats.js';

/** The open stages of HubSpot's default sales pipeline, in order. */
export const HUBSPOT_DEFAULT_STAGES = ['Appointment Scheduled', 'Qualified To Buy', 'Presentation Scheduled', 'Decision Maker Bought-In', 'Contract Sent'] as const;

export interface HubspotOptions {
  /** The pipeline's open stages, in order (default HubSpot's default sales pipeline). */
  stages?: readonly string[];
  /** The pipeline's name, as in the "Date entered" column names (default `Sales Pipeline`). */
  pipeline?: string;
  /** The stage labels that mean won, and lost (default `Closed Won`, `Closed Lost`). */
  wonStages?: readonly string[];
  lostStages?: readonly string[];
  /** How the export writes dates (default `M/D/YYYY`, which also reads a time after the date). */
  dateFormat?: DateFormat;
  /** How the export writes amounts (default `en`: `1,234.50`). */
  number?: NumberFormat;
  /** The account's time zone (default UTC). */
  timeZone?: string;
}

/** A field map for a HubSpot deals export. */
export function hubspotDeals(options: HubspotOptions = {}): FieldMap {
  const stages = options.stages ?? HUBSPOT_DEFAULT_STAGES;
  if (stages.length === 0) throw new RangeError('hubspotDeals: `stages` needs at least one open stage');
  const pipeline = options.pipeline ?? 'Sales Pipeline';
  const won = options.wonStages ?? ['Closed Won'];
  const lost = options.lostStages ?? ['Closed Lost'];
  const date = options.dateFormat ?? 'M/D/YYYY';
  const first = stages[0] as string;
  const last = stages[stages.length - 1] as string;
  const byStage = (mapping: (stage: string) => string) => Object.fromEntries([...won, ...lost].map((stage) => [stage, mapping(stage)]));
  return {
    table: 'deals',
    stages,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    fields: {
      id: 'Record ID',
      owner: { column: 'Deal owner', optional: true },
      accountId: { column: ['Associated Company', 'Associated Company IDs'], optional: true },
      amount: { column: 'Amount', number: options.number ?? 'en', default: 0 },
      createdAt: { column: 'Create Date', date },
      closedAt: { column: 'Close Date', date, onlyWhen: { column: 'Deal Stage', values: [...won, ...lost] } },
      outcome: { column: 'Deal Stage', values: byStage((stage) => (won.includes(stage) ? 'won' : 'lost')), otherwise: 'open' },
      stage: { column: 'Deal Stage', values: byStage((stage) => (won.includes(stage) ? last : first)), keepUnmapped: true },
      kind: { column: 'Deal Type', values: { 'New Business': 'new', 'Existing Business': 'upsell' }, otherwise: null, optional: true },
      history: { history: stages.map((stage) => ({ stage, column: `Date entered "${stage} (${pipeline})"` })), date, optional: true },
    },
  };
}
