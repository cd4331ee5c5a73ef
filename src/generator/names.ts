/** Names the generated CRM uses: people, companies, products, campaign themes. */

/** The sales team: account owners and deal owners. */
export const OWNERS: readonly string[] = [
  'Maya Chen', 'Daniel Okafor', 'Sofia Rossi', 'Liam Novak', 'Priya Raman', 'Jonas Berg', 'Ana Torres', 'Marcus Webb',
];

/** The support desk: ticket agents. */
export const AGENTS: readonly string[] = ['Elena Petrova', 'Tom Harris', 'Aisha Bello', 'Kenji Sato', 'Lucia Gomez', 'Noah Fischer'];

const COMPANY_FIRST: readonly string[] = [
  'Northwind', 'Bluebird', 'Silverline', 'Redwood', 'Ironbark', 'Lakeside', 'Summit', 'Brightwater', 'Cedar', 'Falcon',
  'Granite', 'Harbor', 'Juniper', 'Keystone', 'Lumen', 'Maple', 'Nimbus', 'Oakridge', 'Pioneer', 'Quarry', 'Riverbend',
  'Sterling', 'Tidewater', 'Upland', 'Vantage', 'Westfield', 'Yellowstone', 'Zephyr', 'Atlas', 'Beacon', 'Copperleaf',
  'Driftwood', 'Evergreen', 'Foxglove', 'Goldcrest', 'Highpoint', 'Indigo', 'Kingfisher', 'Larkspur', 'Meridian',
  'Northstar', 'Orchard', 'Pinecone', 'Quicksilver', 'Rosewood', 'Saltmarsh', 'Thornbury', 'Wildflower',
];

const COMPANY_SECOND: readonly string[] = [
  'Logistics', 'Analytics', 'Foods', 'Health', 'Robotics', 'Energy', 'Software', 'Dental', 'Freight', 'Media', 'Labs',
  'Textiles', 'Outfitters', 'Builders', 'Pharma', 'Capital', 'Hospitality', 'Motors', 'Systems', 'Studios', 'Farms',
  'Metals', 'Retail', 'Consulting',
];

const COMPANY_SUFFIX: readonly string[] = ['Inc.', 'LLC', 'Ltd', 'GmbH', 'Co.', 'Group', 'AG', 'SA'];

/** A company name from three independent draws in [0, 1). */
export function companyName(u1: number, u2: number, u3: number): string {
  const first = COMPANY_FIRST[Math.floor(u1 * COMPANY_FIRST.length)]!;
  const second = COMPANY_SECOND[Math.floor(u2 * COMPANY_SECOND.length)]!;
  const suffix = COMPANY_SUFFIX[Math.floor(u3 * COMPANY_SUFFIX.length)]!;
  return `${first} ${second} ${suffix}`;
}

export interface Product {
  name: string;
  /** List price per item. */
  price: number;
}

export const PRODUCTS: readonly Product[] = [
  { name: 'Accessory Bundle', price: 35 },
  { name: 'Starter Kit', price: 49 },
  { name: 'Sensor Pack', price: 129 },
  { name: 'Support Hours', price: 150 },
  { name: 'Analytics Add-on', price: 290 },
  { name: 'Gateway', price: 480 },
  { name: 'Training Day', price: 1200 },
  { name: 'Integration Service', price: 2400 },
];

/** Marketing channels with their cost per audience member (a lead reached), in dollars. */
export const CHANNELS: readonly { name: string; costPerLead: number; weight: number }[] = [
  { name: 'email', costPerLead: 300, weight: 3 },
  { name: 'social', costPerLead: 600, weight: 2 },
  { name: 'paid-search', costPerLead: 900, weight: 3 },
  { name: 'webinar', costPerLead: 1100, weight: 2 },
  { name: 'referral', costPerLead: 500, weight: 1 },
  { name: 'event', costPerLead: 2500, weight: 1 },
];

/** Campaign subjects; the name adds the quarter and channel ("Q4 2023 Webinar: Product Tour"). */
export const CAMPAIGN_THEMES: readonly string[] = [
  'Product Tour', 'Pipeline Boost', 'Customer Stories', 'ROI Calculator', 'Migration Offer', 'Industry Report',
  'Feature Launch', 'Benchmark Study', 'Free Trial Push', 'Analytics Masterclass', 'Security Briefing', 'Integration Week',
];

/** How a channel reads in a campaign name. */
export const CHANNEL_TITLES: Readonly<Record<string, string>> = {
  email: 'Email',
  social: 'Social',
  'paid-search': 'Search',
  webinar: 'Webinar',
  referral: 'Referral',
  event: 'Event',
};
