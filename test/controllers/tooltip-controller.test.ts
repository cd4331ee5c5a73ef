import { expect } from '@open-wc/testing';
import { placeTooltip } from '../../src/controllers/tooltip-controller.js';

const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);
const viewport = { width: 800, height: 600 };
const size = { width: 200, height: 80 };

describe('placeTooltip', () => {
  it('goes right of the anchor, vertically centred, when there is room', () => {
    expect(placeTooltip(rect(100, 200, 50, 20), size, viewport)).to.deep.equal({ left: 158, top: 170 });
  });

  it('flips to the left near the right edge', () => {
    expect(placeTooltip(rect(700, 200, 50, 20), size, viewport)).to.deep.equal({ left: 492, top: 170 });
  });

  it('goes above a wide anchor with no room on either side, and below it at the top', () => {
    expect(placeTooltip(rect(50, 300, 700, 20), size, viewport)).to.deep.equal({ left: 300, top: 212 });
    expect(placeTooltip(rect(50, 10, 700, 20), size, viewport)).to.deep.equal({ left: 300, top: 38 });
  });

  it('never leaves the viewport', () => {
    for (const [x, y] of [[0, 0], [790, 590], [400, 595], [-50, -50], [900, 700]]) {
      const { left, top } = placeTooltip(rect(x as number, y as number, 10, 10), size, viewport);
      expect(left).to.be.within(4, viewport.width - 4 - size.width);
      expect(top).to.be.within(4, viewport.height - 4 - size.height);
    }
  });
});
