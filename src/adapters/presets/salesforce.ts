/**
 * Salesforce opportunities, as Data Loader (or a SOQL export) writes the Opportunity object:
 * one row per opportunity, columns named by API field name.
 *
 * Field names and types are the Opportunity object's, as documented in the Salesforce Field
 * Reference <https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-opportunity.html>:
 * `Id`, `AccountId`, `OwnerId`, `Name`, `Amount` (currency), `CloseDate` (date), `CreatedDate`
 * (datetime), `StageName`, `IsClosed` and `IsWon` (boolean), `Type`, `CampaignId`. Data Loader
 * writes datetimes in UTC as `2024-01-15T09:30:00.000Z` and dates as `2024-03-31` ("Format the
 * 'Date' and 'Date Time' data in a CSV file For Salesforce Data Loader",
 * <https://help.salesforce.com/s/articleView?id=000385167&type=1>), and booleans as `true`/`false`.
 *
 * What the conversion decides, because the export does not say:
 *
 * - Outcome from the two flags, as Salesforce defines them: `IsWon` → won; else `IsClosed` →
 *   lost; else open. (`StageName` alone would depend on the org's stage names.)
 * - `CloseDate` is the expected close date while an opportunity is open: it becomes `closedAt`
 *   for closed ones only.
 * - A closed opportunity's `StageName` is a closed stage (`Closed Won`, `Closed Lost`); its
 *   last open stage is not in the object. A won one is taken to have passed every open stage
 *   (its `stage` is the last); a lost one is only sure to have entered the first. (The stage
 *   history lives in OpportunityHistory, a separate export.)
 * - An empty `Amount` is 0 (the field is optional in Salesforce).
 * - `Type`: `New Business` → kind `new`, `Existing Customer - Upgrade` → `upsell`; the other
 *   default values (Replacement, Downgrade) have no kind in the dataset and are left without one.
 * - `OwnerId` and `AccountId` are Salesforce ids, kept as ids.
 */
import type { FieldMap } from '../field-map.js';

/** The open stages of Salesforce's default sales process, in order. */
export const SALESFORCE_DEFAULT_STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review'] as const;

export interface SalesforceOptions {
  /** The org's open opportunity stages, in order (default Salesforce's default sales process). */
  stages?: readonly string[];
  /** The org's time zone, for datetimes written without an offset (Data Loader writes UTC). */
  timeZone?: string;
}

const TRUE = ['true', '1', 'yes'];
const FALSE = ['false', '0', 'no'];
const flags = (yes: string | null, no: string | null) => Object.fromEntries([...TRUE.map((t) => [t, yes]), ...FALSE.map((f) => [f, no])]);

/** A field map for a Salesforce Opportunity export. */
export function salesforceOpportunities(options: SalesforceOptions = {}): FieldMap {
  const stages = options.stages ?? SALESFORCE_DEFAULT_STAGES;
  if (stages.length === 0) throw new RangeError('salesforceOpportunities: `stages` needs at least one open stage');
  const first = stages[0] as string;
  const last = stages[stages.length - 1] as string;
  return {
    table: 'deals',
    stages,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    fields: {
      id: 'Id',
      accountId: { column: 'AccountId', optional: true },
      owner: { column: 'OwnerId', optional: true },
      amount: { column: 'Amount', number: 'plain', default: 0 },
      createdAt: { column: 'CreatedDate', date: 'ISO' },
      closedAt: { column: 'CloseDate', date: 'ISO', onlyWhen: { column: 'IsClosed', values: ['true', 'TRUE', 'True', '1'] } },
      // IsWon true decides; otherwise (null: no value yet) IsClosed does.
      outcome: [
        { column: 'IsWon', values: flags('won', null), ignoreCase: true },
        { column: 'IsClosed', values: flags('lost', 'open'), ignoreCase: true },
      ],
      stage: { column: 'StageName', values: { 'Closed Won': last, 'Closed Lost': first }, keepUnmapped: true },
      kind: { column: 'Type', values: { 'New Business': 'new', 'Existing Customer - Upgrade': 'upsell' }, otherwise: null, optional: true },
      campaignId: { column: 'CampaignId', optional: true },
    },
  };
}
