/**
 * `crm-kit/adapters`: getting CRM data that is not in the canonical shape into the elements —
 * CSV reading, the declarative field map, presets for HubSpot, Salesforce and Pipedrive exports
 * and for the public reference data sets, and the adapter protocol for live sources.
 *
 * A separate entry point: none of this is in the element bundles or the CDN bundle, except the
 * canonical-CSV reader that an element imports on demand when its `src` is CSV.
 *
 * @module
 */
export type { CrmAdapter, CrmAdapterListener } from './protocol.js';
export { isCrmAdapter } from './protocol.js';
export { readCsv, delimiterName, CSV_DELIMITERS, type CsvDelimiter, type CsvFile, type CsvOptions } from './csv.js';
export { readCanonicalCsv, type CanonicalCsvOptions } from './csv-dataset.js';
export { adaptCsv, applyFieldMap, type AdaptedDataset, type AdaptOptions, type FieldMap, type ColumnRule, type ConstantRule, type FieldRule, type HistoryRule, type Scalar } from './field-map.js';
export { readDate, DATE_FORMATS, type DateFormat, type InstantValue } from './date-formats.js';
export { readNumber, NUMBER_FORMATS, NUMBER_EXAMPLES, type NumberFormat } from './number-formats.js';
export { CANONICAL_FIELDS, ROW_TABLE_NAMES, type FieldKind, type FieldSpec } from './canonical-fields.js';
export { csvAdapter, type CsvAdapterOptions, type TextConverter } from './csv-adapter.js';
export { fetchText, isCsvResponse, isCsvUrl, type FetchedText, type FetchTextOptions } from './fetch-text.js';
export { AdapterError, formatLocation, type SourceLocation } from './location.js';
export { hubspotDeals, HUBSPOT_DEFAULT_STAGES, type HubspotOptions } from './presets/hubspot.js';
export { salesforceOpportunities, SALESFORCE_DEFAULT_STAGES, type SalesforceOptions } from './presets/salesforce.js';
export { pipedriveDeals, PIPEDRIVE_DEFAULT_STAGES, type PipedriveOptions } from './presets/pipedrive.js';
export { crmSalesOpportunities, CRM_SALES_STAGES, CRM_SALES_SNAPSHOT_DAY } from './presets/crm-sales-opportunities.js';
export { onlineRetailOrders } from './presets/online-retail.js';
export { cdnowOrders } from './presets/cdnow.js';
export { telcoChurn, TELCO_AS_OF } from './presets/telco.js';
