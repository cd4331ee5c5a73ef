import { ACTIVITY_TYPES, DIRECTIONS, OUTCOME } from '../../table/index.js';
import { defineMetric } from '../metric-module.js';
import { ratio } from '../result.js';
import { inRange, passes, type MetricScope } from '../scope.js';
import { meanOf, medianInPlace } from './quantiles.js';
import { firstAtOrAfter, replyIndex } from './reply-index.js';
import { activityAccount } from './row-links.js';

/** Response-time bands, fixed so that charts and periods compare; `none`: never answered. */
export const RESPONSE_BANDS = ['<1h', '1–24h', '1–3d', '>3d', 'none'] as const;
export type ResponseBand = (typeof RESPONSE_BANDS)[number];

/** Upper ends of the timed bands, in hours; a response exactly at an end falls in the slower band. */
const BAND_ENDS_HOURS = [1, 24, 72] as const;
const NONE = RESPONSE_BANDS.length - 1;
const MS_PER_HOUR = 3_600_000;
const INBOUND = DIRECTIONS.indexOf('inbound');
/** Activity types a prospect writes or calls in by: an inquiry. Meetings and `other` are not. */
const INQUIRY_TYPE = new Uint8Array(256);
for (const type of ['email', 'web', 'chat', 'call'] as const) INQUIRY_TYPE[ACTIVITY_TYPES.indexOf(type)] = 1;

export interface ResponseBandRow {
  band: ResponseBand;
  inquiries: number;
  /** Inquiries whose account (or deal) later won a deal. */
  converted: number;
  /** converted / inquiries; null for a band without inquiries. */
  conversion: number | null;
}

export interface ResponseTimeResult {
  /** Inbound inquiries in the range. */
  count: number;
  answered: number;
  unanswered: number;
  /** Hours from inquiry to first response, over the answered ones; null when none. */
  medianHours: number | null;
  meanHours: number | null;
  bands: ResponseBandRow[];
  definition: string;
}

/**
 * Response time: from each inbound inquiry (an inbound `email`, `web`, `chat` or `call` activity
 * at a time in [from, to)) to the first outbound activity at or after it on the same deal, when
 * the inquiry names a deal, else on the same account (its own or its deal's). The response may
 * come after `to`; an inquiry with neither deal nor account cannot be answered and counts as
 * `none`. Seed 004: "response time is directly proportional to conversion rate", so each band
 * (`<1h`, `1–24h`, `1–3d`, `>3d`, `none`; an end belongs to the slower band) shows the share of
 * its inquiries converted: their account — or, without one, their deal — has a deal won at or
 * after the inquiry. Segment and owner filters apply to the inquiry (owner: its own, else its
 * account's). `period` does not apply.
 *
 * Definitions: `all-inquiries` (default) takes every inbound inquiry; `new-inquiries` only those
 * not logged on a deal — a prospect or customer reaching out, not a reply within a running
 * deal, whose later win says little about how fast the team answered (lead response time).
 *
 * Empty base: counts 0, hours and conversions `null`.
 */
export const responseTime = defineMetric({
  id: 'response-time',
  family: 'sales',
  definitions: ['all-inquiries', 'new-inquiries'],
  options: [],
  kind: 'rich',
  compute(scope, _options, definition): ResponseTimeResult {
    const { count, answered, hours, inquiries, converted } = tallyInquiries(scope, definition === 'new-inquiries');
    const bands = RESPONSE_BANDS.map((band, b) => ({ band, inquiries: inquiries[b] as number, converted: converted[b] as number, conversion: ratio(converted[b] as number, inquiries[b] as number) }));
    const meanHours = meanOf(hours, 0, answered);
    return { count, answered, unanswered: count - answered, medianHours: medianInPlace(hours, 0, answered), meanHours, bands, definition };
  },
});

function tallyInquiries(scope: MetricScope, newOnly: boolean) {
  const { table } = scope;
  const { activities, deals } = table;
  const index = replyIndex(table);
  const hours = new Float64Array(activities.length);
  const inquiries = new Float64Array(RESPONSE_BANDS.length);
  const converted = new Float64Array(RESPONSE_BANDS.length);
  let count = 0;
  let answered = 0;
  for (let i = 0; i < activities.length; i++) {
    if (activities.direction[i] !== INBOUND || !INQUIRY_TYPE[activities.type[i] as number]) continue;
    const at = activities.at[i] as number;
    if (!inRange(scope, at)) continue;
    const account = activityAccount(table, i);
    if (!passes(scope, account, activities.owner[i])) continue;
    const deal = activities.deal[i] as number;
    if (newOnly && deal >= 0) continue;
    const reply = deal >= 0 ? firstAtOrAfter(index.outboundByDeal, deal, at) : account >= 0 ? firstAtOrAfter(index.outboundByAccount, account, at) : NaN;
    let band = NONE;
    if (!Number.isNaN(reply)) {
      const h = (reply - at) / MS_PER_HOUR;
      hours[answered++] = h;
      band = h < BAND_ENDS_HOURS[0] ? 0 : h < BAND_ENDS_HOURS[1] ? 1 : h < BAND_ENDS_HOURS[2] ? 2 : 3;
    }
    count++;
    (inquiries[band] as number)++;
    const won =
      account >= 0
        ? (index.lastWinByAccount[account] as number) >= at
        : deal >= 0 && deal < deals.length && deals.outcome[deal] === OUTCOME.won && (deals.closedAt[deal] as number) >= at;
    if (won) (converted[band] as number)++;
  }
  return { count, answered, hours, inquiries, converted };
}
