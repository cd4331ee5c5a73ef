/**
 * Prospecting: how each account's first conversation happens. Some accounts write in (a web
 * form, an email, a chat) and the owner answers after minutes to days; a fast answer converts
 * better. The others are chased by outbound calls and emails until they answer, and some never
 * do after five or more attempts: their lead is dropped.
 */
import { addActivity } from './activities.js';
import { DAY, HOUR, MINUTE } from './calendar.js';
import { lognormal, poisson, uniform } from './distributions.js';
import { CALL, CHAT, EMAIL, WEB } from './model.js';
import { Random, STREAM } from './random.js';
import { GROUP_TEST, LEAD_ENGAGED, LEAD_UNANSWERED, type World } from './world.js';

/** Share of accounts that start with an inbound inquiry (more when a campaign reached them). */
const INBOUND_SHARE = 0.35;
const INBOUND_SHARE_CAMPAIGN = 0.6;
/** Chance an outbound attempt gets an answer. */
const REPLY_RATE = 0.26;
/** Chance an inbound inquiry is never answered. */
const MISSED_INQUIRY = 0.04;

/** Lead-stage conversion multiplier by how fast an inbound inquiry was answered. */
function responseFactor(delay: number): number {
  if (delay < HOUR) return 1.2;
  if (delay < DAY) return 1;
  return 0.7;
}

export function generateProspecting(world: World): void {
  const { accounts, span } = world;
  const rng = new Random(world.options.seed, STREAM.prospecting);
  for (let a = 0; a < accounts.count; a++) {
    const t0 = accounts.createdAt[a]!;
    const owner = accounts.owner[a]!;
    const inbound = rng.next() < (accounts.group[a] === GROUP_TEST ? INBOUND_SHARE_CAMPAIGN : INBOUND_SHARE);
    accounts.leadState[a] = LEAD_ENGAGED;
    if (inbound) {
      const u = rng.next();
      addActivity(world, t0, u < 0.5 ? WEB : u < 0.8 ? EMAIL : CHAT, false, owner, a, undefined, undefined);
      if (rng.next() < MISSED_INQUIRY) {
        accounts.leadTime[a] = t0;
        accounts.leadFactor[a] = 0.4;
        continue;
      }
      const delay = Math.max(2 * MINUTE, lognormal(rng, 2.5 * HOUR, 1.6));
      const at = t0 + delay;
      accounts.leadTime[a] = at;
      accounts.leadFactor[a] = responseFactor(delay);
      if (at <= span.last) addActivity(world, at, rng.next() < 0.6 ? EMAIL : CALL, true, owner, a, undefined, rng.next() < 0.8);
      continue;
    }
    const attempts = 5 + poisson(rng, 1.2);
    let t = t0;
    let answered = false;
    for (let k = 0; k < attempts; k++) {
      if (k > 0) t += lognormal(rng, 2.5 * DAY, 0.5);
      if (t > span.last) break;
      answered = rng.next() < REPLY_RATE;
      addActivity(world, t, rng.next() < 0.55 ? CALL : EMAIL, true, owner, a, undefined, answered);
      if (answered) break;
    }
    if (answered) accounts.leadTime[a] = t;
    else if (t > span.last) accounts.leadTime[a] = Number.POSITIVE_INFINITY; // still being chased at the end
    else {
      accounts.leadState[a] = LEAD_UNANSWERED;
      accounts.leadTime[a] = t + uniform(rng, 1, 10) * DAY;
    }
  }
}
