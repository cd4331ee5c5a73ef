/**
 * Pipedrive deals, as the deals list view exports them to CSV: one row per deal, each column
 * named `Deal - <field>` (the entity, then the field's label; columns of the linked person or
 * organization start `Person - ` or `Organization - `).
 *
 * The fields are Pipedrive's default deal fields ("Data fields in Pipedrive",
 * <https://support.pipedrive.com/article/data-fields-in-pipedrive>), whose meaning Pipedrive's
 * API documentation gives (the deal object: `title`, `value`, `currency`, `status`
 * open/won/lost/deleted, `stage_id`, `add_time`, `won_time`, `lost_time`, `close_time`, times
 * in UTC as `YYYY-MM-DD HH:MM:SS`; <https://github.com/pipedrive/client-php/blob/master/docs/Model/DealCollectionResponseObject.md>).
 * The export's columns: `Deal - ID`, `Deal - Title`, `Deal - Value`, `Deal - Currency`,
 * `Deal - Status`, `Deal - Stage`, `Deal - Owner`, `Deal - Organization`, `Deal - Deal created`
 * (older exports: `Deal - Add time`), `Deal - Won time`, `Deal - Lost time`, `Deal - Deal
 * closed on`. (The pages above document the fields, not the `Deal - ` prefix; that is how the
 * exported files name them.)
 *
 * What the conversion decides:
 *
 * - `Status` is the outcome (any case); a `deleted` deal is not a deal of the pipeline and is
 *   reported, not kept.
 * - Pipedrive keeps a closed deal in the stage it was closed from, so `Deal - Stage` is the last
 *   stage reached, for open and closed deals alike.
 * - `closedAt` is the won time of a won deal and the lost time of a lost one (`Deal closed on`
 *   when those columns are not exported); an open deal has none, even if it was closed once and
 *   reopened.
 * - `Deal - Value` is read in `en` format by default (`1500`, `1,500.50`); the currency column
 *   is not part of the dataset (an element's `currency` attribute says which currency it draws).
 * - The organization's name is the account id.
 */
import type { FieldMap } from '../field-map.js';
import type { NumberFormat } from '../number-formats.js';

/** The stages of Pipedrive's default pipeline, in order. */
export const PIPEDRIVE_DEFAULT_STAGES = ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'] as const;

export interface PipedriveOptions {
  /** The pipeline's stages, in order (default Pipedrive's default pipeline). */
  stages?: readonly string[];
  /** How the export writes values (default `en`). */
  number?: NumberFormat;
  /** Pipedrive exports UTC; a zone here reads the times as that zone's wall clock instead. */
  timeZone?: string;
}

const status = (...values: string[]) => ({ column: 'Deal - Status', values });

/** A field map for a Pipedrive deals export. */
export function pipedriveDeals(options: PipedriveOptions = {}): FieldMap {
  const stages = options.stages ?? PIPEDRIVE_DEFAULT_STAGES;
  return {
    table: 'deals',
    stages,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    fields: {
      id: 'Deal - ID',
      owner: { column: 'Deal - Owner', optional: true },
      accountId: { column: 'Deal - Organization', optional: true },
      amount: { column: 'Deal - Value', number: options.number ?? 'en', default: 0 },
      createdAt: { column: ['Deal - Deal created', 'Deal - Add time'], date: 'ISO' },
      closedAt: [
        { column: 'Deal - Won time', date: 'ISO', optional: true, onlyWhen: status('won', 'Won', 'WON') },
        { column: 'Deal - Lost time', date: 'ISO', optional: true, onlyWhen: status('lost', 'Lost', 'LOST') },
        { column: 'Deal - Deal closed on', date: 'ISO', optional: true, onlyWhen: status('won', 'Won', 'WON', 'lost', 'Lost', 'LOST') },
      ],
      outcome: { column: 'Deal - Status', values: { open: 'open', won: 'won', lost: 'lost' }, ignoreCase: true },
      stage: 'Deal - Stage',
    },
  };
}
