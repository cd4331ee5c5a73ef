/**
 * A seeded generator of realistic CRM data: one canonical dataset (DESIGN.md) whose tables
 * agree with each other — deals of real accounts moving through the stages, orders and
 * subscriptions of the accounts that became customers, churn that follows bad NPS, costs that
 * follow the work done — with growth, a Q4 peak and a summer dip. The same options give the
 * same output, byte for byte.
 *
 * @example
 * const dataset = generateDataset({ seed: 7, accounts: 5000 });
 */
import type { DatasetInput } from '../schema/index.js';
import { generateAccounts } from './accounts.js';
import { generateCampaigns, priceCampaigns } from './campaigns.js';
import { generateExpansionDeals, generateNewDeals } from './deals.js';
import { generateLifecycles } from './lifecycle.js';
import { resolveOptions, type GeneratorOptions } from './options.js';
import { generateOrders } from './orders.js';
import { assembleDataset, useIsoTimes } from './output.js';
import { generateProspecting } from './prospecting.js';
import { Random, STREAM } from './random.js';
import { createSpan } from './span.js';
import { createWorld } from './world.js';

export { GENERATOR_DEFAULTS, type GeneratorOptions, type TimeFormat } from './options.js';
export { SEGMENTS, STAGES } from './model.js';

/**
 * Generates a dataset with every table of the canonical dataset.
 *
 * @throws RangeError on an option out of range (a seed that is not a safe integer, no
 *   accounts, a start that is not `YYYY-MM-DD`, …), naming the option.
 */
export function generateDataset(options: GeneratorOptions): DatasetInput {
  const resolved = resolveOptions(options);
  const world = createWorld(resolved, createSpan(resolved.start, resolved.months));
  const dealRng = new Random(resolved.seed, STREAM.deals);
  const dealActivityRng = new Random(resolved.seed, STREAM.dealActivities);
  generateCampaigns(world);
  generateAccounts(world);
  generateProspecting(world);
  generateNewDeals(world, dealRng, dealActivityRng);
  // Churn must be known before expansion deals and orders: nobody buys after leaving.
  generateLifecycles(world);
  generateExpansionDeals(world, dealRng, dealActivityRng);
  generateOrders(world);
  priceCampaigns(world);
  const dataset = assembleDataset(world);
  if (resolved.timeFormat === 'iso') useIsoTimes(dataset);
  return dataset;
}
