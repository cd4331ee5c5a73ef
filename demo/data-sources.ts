/**
 * The data sets the demo can show: the generated sample (and a copy with the mistakes real
 * exports contain), and real public data sets converted to the canonical dataset by the same
 * converters the tests check them with (test/realdata; adapters proper are issue #10).
 */
import { fetchJson } from '../src/sources/index.js';
import { cdnowDataset, parseCdnow } from '../test/realdata/cdnow.js';
import { crmPipelineDataset } from '../test/realdata/crm-pipeline.js';
import { parseCsv } from '../test/realdata/csv.js';
import { onlineRetailDataset } from '../test/realdata/online-retail.js';
import { telcoDataset } from '../test/realdata/telco.js';

/** The dashboard's panels; each data set lists those its tables can fill. */
export type Panel = 'kpis' | 'funnel' | 'sales-cycle' | 'cohort' | 'relationship' | 'campaigns' | 'activity' | 'lifetime-value' | 'satisfaction' | 'service' | 'at-risk';

export interface DataSource {
  id: string;
  label: string;
  /** One line on where the data comes from and what it holds. */
  about: string;
  panels: readonly Panel[];
  /** ISO 4217 currency of the data's money. */
  currency: string;
  /** Scalar metrics for the KPI tiles. */
  kpis: readonly string[];
  load(): Promise<unknown>;
}

const ALL_PANELS: readonly Panel[] = ['kpis', 'funnel', 'sales-cycle', 'cohort', 'relationship', 'campaigns', 'activity', 'lifetime-value', 'satisfaction', 'service', 'at-risk'];

/** The file's text, gunzipped when it is gzip; a clear error when the server has no such file. */
async function fetchText(url: string, missing: string): Promise<string> {
  const response = await fetch(url);
  if (response.status === 404) throw new Error(missing);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return new TextDecoder().decode(bytes);
}

const vendored = (name: string) => fetchText(`/refdata/vendored/${name}`, `${name} is missing from test/fixtures/refdata; it is part of the repository.`);

/**
 * A copy of the sample with the mistakes real exports contain, to show what lenient checking
 * does with them: the rows are left out and every one is listed.
 */
function breakSomeRows(sample: unknown): unknown {
  const copy = structuredClone(sample) as { deals: Record<string, unknown>[]; orders: Record<string, unknown>[]; surveys: Record<string, unknown>[] };
  const deals = copy.deals;
  if (deals[17]) deals[17].closedAt = '2001-01-01';
  if (deals[42]) deals[42].amount = '12,500';
  if (deals[99]) deals[99].outcome = 'Closed Won';
  if (copy.orders[5]) copy.orders[5].at = '31/12/2023';
  if (copy.orders[8]) copy.orders[8].accountId = 'A-DELETED';
  if (copy.surveys[3]) copy.surveys[3].score = 11;
  if (deals[1]) deals.push({ ...deals[1] });
  return copy;
}

const SAMPLE_KPIS = ['win-rate', 'close-rate', 'new-revenue', 'churn-rate', 'nps', 'cac'];
const sample = () => fetchJson('data/sample.json').catch((error: Error) => Promise.reject(new Error(`${error.message}. Run "npm start", which generates it.`)));

export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: 'sample',
    label: 'Generated CRM (5,000 accounts)',
    about: 'A seeded, generated CRM: accounts, deals with stage histories, orders, subscriptions, campaigns, activities, surveys and tickets (seed 7).',
    panels: ALL_PANELS,
    currency: 'USD',
    kpis: SAMPLE_KPIS,
    load: sample,
  },
  {
    id: 'sample-bad',
    label: 'Generated CRM with bad rows',
    about: 'The same sample with seven rows broken as real exports break them; lenient checking leaves them out and lists each one.',
    panels: ALL_PANELS,
    currency: 'USD',
    kpis: SAMPLE_KPIS,
    load: async () => breakSomeRows(await sample()),
  },
  {
    id: 'online-retail',
    label: 'Online Retail (UCI, 2010–2011)',
    about: 'Invoice lines of a UK online shop, Dec 2010 – Dec 2011: one order per invoice, cancellations as refunds; lines without a customer left out (UCI Machine Learning Repository, CC BY 4.0).',
    panels: ['kpis', 'cohort', 'relationship', 'lifetime-value', 'at-risk'],
    currency: 'GBP',
    kpis: ['order-value', 'new-revenue', 'retention-rate', 'churn-rate'],
    load: async () => onlineRetailDataset(parseCsv(await vendored('online-retail.csv.gz'))).dataset,
  },
  {
    id: 'cdnow',
    label: 'CDNOW purchases (1997–1998)',
    about: 'Every purchase of the CDNOW customers who first bought in Q1 1997, to June 1998 (the data set behind Fader, Hardie & Lee’s BG/NBD papers).',
    panels: ['kpis', 'cohort', 'relationship', 'lifetime-value', 'at-risk'],
    currency: 'USD',
    kpis: ['order-value', 'new-revenue', 'retention-rate', 'churn-rate'],
    load: async () => cdnowDataset(parseCdnow(await vendored('cdnow-master.txt.gz'))),
  },
  {
    id: 'telco',
    label: 'Telco churn (IBM sample)',
    about: 'A telecom’s customers on one snapshot day: tenure, contract and monthly charge, and who left in the last month (IBM sample data, as subscriptions).',
    panels: ['kpis', 'cohort'],
    currency: 'USD',
    kpis: ['churn-rate', 'retention-rate', 'renewal-rate'],
    load: async () => telcoDataset(parseCsv(await vendored('telco-churn.csv.gz'))),
  },
  {
    id: 'crm-pipeline',
    label: 'CRM sales pipeline (Maven Analytics)',
    about: 'A B2B sales team’s 8,800 opportunities, Prospecting → Engaging → Won/Lost, 2016–2017. It states no licence, so it is read from ../shared/refdata when that folder is there and never copied into the repository.',
    panels: ['kpis', 'funnel', 'sales-cycle'],
    currency: 'USD',
    kpis: ['win-rate', 'close-rate'],
    load: async () =>
      crmPipelineDataset(
        parseCsv(await fetchText('/refdata/shared/crm-sales-opportunities/sales_pipeline.csv', 'The CRM pipeline is read from ../shared/refdata beside the repository, and that folder is not here.')),
      ),
  },
];
