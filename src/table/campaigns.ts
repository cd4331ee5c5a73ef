import type { Campaign } from '../schema/index.js';
import { codeColumn, numberColumn, timeColumn } from './columns.js';
import type { Dictionary } from './dictionary.js';

/** Campaigns as columns. Names stay plain strings: there are few campaigns and each name is shown. */
export interface CampaignColumns {
  length: number;
  ids: Dictionary;
  name: string[];
  channel: Int32Array;
  cost: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

export function campaignColumns(rows: readonly Campaign[], ids: Dictionary, dicts: { channels: Dictionary }): CampaignColumns {
  return {
    length: rows.length,
    ids,
    name: rows.map((r) => r.name),
    channel: codeColumn(rows, (r) => r.channel, dicts.channels),
    cost: numberColumn(rows, (r) => r.cost),
    start: timeColumn(rows, (r) => r.start),
    end: timeColumn(rows, (r) => r.end),
  };
}
