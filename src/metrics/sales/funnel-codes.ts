/**
 * One small code per deal and funnel mode — its reach, whether its finished stays count, and its
 * outcome — worked out once per table, so a funnel's counting pass reads two bytes per deal
 * where it read nine (reach, outcome and the stay flag apart). On this kind of machine a
 * million-deal pass is bound by the bytes it reads.
 *
 * Memory at 1M deals: 2 MB per mode used (a Uint16Array; an Int32Array past 8,191 stages).
 */
import type { CrmTable } from '../../table/index.js';
import { perTable } from '../per-table.js';
import { pipelineStages } from './pipeline-stages.js';
import { stageReach, type FunnelMode } from './stage-reach.js';
import { stayEntries } from './stay-entries.js';

/**
 * code = reach × 8 + countsStays × 4 + (outcome & 3), where countsStays says the deal has a
 * finished stay and reaches a stage in this mode: a funnel that counts it reads its stays.
 */
export const REACH_SHIFT = 3;
export const COUNTS_STAYS = 4;
export const OUTCOME_MASK = 3;

/** Codes per deal of one mode; codes run from 0 to `codeCount` (exclusive), the size of a tally by code. */
export interface FunnelCodes {
  readonly codes: Uint16Array | Int32Array;
  readonly codeCount: number;
}

const codesPerMode = {
  reached: perTable((table) => computeCodes(table, 'reached')),
  strict: perTable((table) => computeCodes(table, 'strict')),
};

/** The codes of `mode`, built on first use (a table that never sees a strict funnel never pays for its codes). */
export function funnelCodes(table: CrmTable, mode: FunnelMode): FunnelCodes {
  return codesPerMode[mode](table);
}

function computeCodes(table: CrmTable, mode: FunnelMode): FunnelCodes {
  const { length, outcome } = table.deals;
  const codeCount = (pipelineStages(table).names.length + 1) << REACH_SHIFT;
  const reach = stageReach(table)[mode];
  const { hasStays } = stayEntries(table);
  const codes = codeCount <= 0x10000 ? new Uint16Array(length) : new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const r = reach[i] as number;
    const countsStays = r > 0 && hasStays[i] === 1 ? COUNTS_STAYS : 0;
    codes[i] = (r << REACH_SHIFT) | countsStays | ((outcome[i] as number) & OUTCOME_MASK);
  }
  return { codes, codeCount };
}

/**
 * Whether every deal's `createdAt` is a finite instant. Then an open range keeps every deal and
 * a pass need not read the column; a NaN `createdAt` is in no range, not even an open one.
 */
export const createdAllFinite: (table: CrmTable) => boolean = perTable((table) => {
  const { createdAt } = table.deals;
  for (let i = 0; i < createdAt.length; i++) if (!Number.isFinite(createdAt[i])) return false;
  return true;
});
