import { expect } from '@open-wc/testing';
import { learnSpan } from '../../src/time/zone-learning.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A made-up zone: offset `offsets[i]` from `changes[i]` on (and `initial` before the first). */
function syntheticProbe(initial: number, changes: number[], offsets: number[]) {
  let calls = 0;
  const probe = (t: number) => {
    calls += 1;
    let offset = initial;
    changes.forEach((change, i) => {
      if (t >= change) offset = offsets[i]!;
    });
    return offset;
  };
  return { probe, calls: () => calls };
}

describe('time/zone-learning', () => {
  it('finds a change to the exact second, even off the minute', () => {
    const change = 10 * DAY + 17 * HOUR + 3_958_000; // 18:05:58, like a local-mean-time change
    const { probe } = syntheticProbe(-17_762_000, [change], [-5 * HOUR]);
    expect(learnSpan(probe, 0, 364 * DAY)).to.deep.equal({ instants: [0, change], offsets: [-17_762_000, -5 * HOUR] });
  });

  it('finds two different changes within one weekly step', () => {
    const changes = [3 * DAY, 5 * DAY];
    const { probe } = syntheticProbe(0, changes, [HOUR, 2 * HOUR]);
    expect(learnSpan(probe, 0, 14 * DAY)).to.deep.equal({ instants: [0, ...changes], offsets: [0, HOUR, 2 * HOUR] });
  });

  it('leaves a change exactly at the end to the next span, and probes about weekly', () => {
    const { probe, calls } = syntheticProbe(0, [364 * DAY], [HOUR]);
    expect(learnSpan(probe, 0, 364 * DAY)).to.deep.equal({ instants: [0], offsets: [0] });
    expect(calls()).to.be.below(80);
  });
});
