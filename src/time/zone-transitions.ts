/**
 * A zone's offset history, learned lazily and kept in typed arrays, so that answering an offset
 * is a binary search — no `Intl`, no `Date` — per row.
 *
 * Time is cut into blocks of 52 weeks; the first question about an instant in a block learns
 * that block (`zone-learning.ts`: under a millisecond). Blocks near the ones already known are
 * filled in between, so a dataset's span is learned contiguously; a stray instant far away
 * (year 9999) costs its own block only, not the centuries before it.
 *
 * @module
 */
import { MAX_INSTANT } from './instant.js';
import { learnSpan } from './zone-learning.js';
import type { OffsetProbe } from './zone-probe.js';
import type { ZoneOffsets } from './zone.js';

const MS_PER_DAY = 86_400_000;
/** 52 weeks: a whole number of the learner's weekly probe steps. */
const BLOCK = 364 * MS_PER_DAY;
/** Unknown blocks at most this far from the known run are filled in, keeping the run contiguous. */
const FILL_LIMIT = 64;

/** The {@link ZoneOffsets} of a zone that is not UTC. */
export class TransitionTable implements ZoneOffsets {
  readonly isUtc = false;
  /** Sorted instants from which `offsets[i]` holds: every change, plus every learned block's start. */
  private instants = new Float64Array(0);
  private offsets = new Int32Array(0);
  private readonly learned = new Set<number>();
  /** The contiguous run of learned blocks [firstBlock, lastBlock], checked first, and its span in ms. */
  private firstBlock = 0;
  private lastBlock = -1;
  private runStart = 0;
  private runEnd = 0;

  constructor(
    readonly timeZone: string,
    private readonly probe: OffsetProbe,
  ) {}

  /** Milliseconds to add to `utcMs` for the wall time; NaN when `utcMs` is not an instant. */
  offsetAt(utcMs: number): number {
    if (!(utcMs >= this.runStart && utcMs < this.runEnd) && !this.ensure(utcMs)) return NaN;
    return this.offsets[this.entryAt(utcMs)]!;
  }

  /**
   * The instant whose wall time is `localMs`. Walks the offset segments around it in time
   * order: in an overlap the earlier segment matches first (the earlier instant); in a gap no
   * segment holds the wall time and the first segment whose wall clock starts past it is the
   * change itself — the first instant that really exists at or after that wall time.
   */
  localToUtc(localMs: number): number {
    // Offsets stay well within a day, so the answer lies within two days of the wall time.
    const from = Math.max(localMs - 2 * MS_PER_DAY, -MAX_INSTANT);
    const to = Math.min(localMs + 2 * MS_PER_DAY, MAX_INSTANT);
    if (!(from <= to) || !this.ensure(from) || !this.ensure(to)) return NaN;
    const count = this.instants.length;
    for (let i = this.entryAt(from); i < count; i++) {
      const start = Math.max(this.instants[i]!, from);
      if (start > to) break;
      const end = i + 1 < count ? Math.min(this.instants[i + 1]!, to) : to;
      const offset = this.offsets[i]!;
      if (localMs < start + offset) return start;
      if (localMs < end + offset) return localMs - offset;
    }
    return NaN;
  }

  /** The last entry at or before `utcMs` (its block is learned, so one exists). */
  private entryAt(utcMs: number): number {
    let low = 0;
    let high = this.instants.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.instants[middle]! <= utcMs) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Learns the block holding `utcMs` (and the gap to the known run); false when not an instant. */
  private ensure(utcMs: number): boolean {
    if (!(Math.abs(utcMs) <= MAX_INSTANT)) return false;
    const block = Math.floor(utcMs / BLOCK);
    if (this.learned.has(block)) return true;
    if (this.lastBlock < this.firstBlock) {
      this.learn(block);
      this.setRun(block, block);
    } else if (block < this.firstBlock && this.firstBlock - block <= FILL_LIMIT) {
      for (let b = this.firstBlock - 1; b >= block; b--) this.learn(b);
      this.setRun(block, this.lastBlock);
    } else if (block > this.lastBlock && block - this.lastBlock <= FILL_LIMIT) {
      for (let b = this.lastBlock + 1; b <= block; b++) this.learn(b);
      this.setRun(this.firstBlock, block);
    } else {
      this.learn(block);
    }
    return true;
  }

  private setRun(firstBlock: number, lastBlock: number): void {
    this.firstBlock = firstBlock;
    this.lastBlock = lastBlock;
    this.runStart = Math.max(firstBlock * BLOCK, -MAX_INSTANT);
    this.runEnd = Math.min((lastBlock + 1) * BLOCK, MAX_INSTANT);
  }

  /** Learns one block and merges what it found into the arrays. */
  private learn(block: number): void {
    if (this.learned.has(block)) return;
    this.learned.add(block);
    const start = Math.max(block * BLOCK, -MAX_INSTANT);
    const end = Math.min((block + 1) * BLOCK, MAX_INSTANT);
    const { instants, offsets } = learnSpan(this.probe, start, end);
    this.merge(instants, offsets);
  }

  /** Inserts a learned block's entries (all inside a span no entry covers yet) in order. */
  private merge(instants: number[], offsets: number[]): void {
    let at = 0;
    while (at < this.instants.length && this.instants[at]! < instants[0]!) at++;
    const size = this.instants.length + instants.length;
    const mergedInstants = new Float64Array(size);
    const mergedOffsets = new Int32Array(size);
    mergedInstants.set(this.instants.subarray(0, at));
    mergedOffsets.set(this.offsets.subarray(0, at));
    mergedInstants.set(instants, at);
    mergedOffsets.set(offsets, at);
    mergedInstants.set(this.instants.subarray(at), at + instants.length);
    mergedOffsets.set(this.offsets.subarray(at), at + instants.length);
    this.instants = mergedInstants;
    this.offsets = mergedOffsets;
  }
}
