import type { Campaign } from '../schema/index.js';
import { codeColumn, valueList } from './columns.js';
import type { Dictionary } from './dictionary.js';
import type { TableSource } from './table-source.js';

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

export function campaignColumns(source: TableSource<Campaign>, ids: Dictionary, dicts: { channels: Dictionary }): CampaignColumns {
  const { length } = source;
  return {
    length,
    ids,
    name: valueList(length, source.values('name')) as string[],
    channel: codeColumn(length, source.values('channel'), dicts.channels),
    cost: source.numbers('cost'),
    start: source.numbers('start'),
    end: source.numbers('end'),
  };
}
