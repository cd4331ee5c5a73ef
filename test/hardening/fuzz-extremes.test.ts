// Issue #11, fuzzing (2 of 2): the extremes, for every element of the manifest — input that is
// no dataset at all (a number, a list, a Symbol, a cyclic object, a getter or a Proxy that
// throws), 100,000 distinct stage names, a dataset spanning ten thousand years, and money
// so large that every sum overflows. Each must end in a named error or a drawing, with nothing
// thrown, no NaN or infinity drawn, a bounded number of nodes, and a good dataset drawn after it.
import { expect } from '@open-wc/testing';
import { baseDataset, manyStages, NOT_DATASETS, type RawDataset } from './support/broken-data.js';
import { drawAttributes, kitElements, mount, robustChart, shownState, UncaughtTrap, useContainer, type ElementEntry } from './support/elements.js';
import { drawnProblems, recovers, settleTrapped } from './support/fuzz-checks.js';

const { elements } = await kitElements();
useContainer(elements);
const chartTag = robustChart(elements);

/** The field that dates each table's rows. */
const TIME_FIELD: Record<string, string> = { accounts: 'createdAt', deals: 'createdAt', orders: 'at', subscriptions: 'start', activities: 'at', campaigns: 'start', surveys: 'at', tickets: 'openedAt', costs: 'at' };

/** The base dataset with each table's first row on 0001-01-01 and its last on 9999-12-31 (valid ISO dates). */
function tenThousandYears(): RawDataset {
  const ds = baseDataset();
  for (const [table, field] of Object.entries(TIME_FIELD)) {
    const rows = ds[table] as Record<string, unknown>[];
    rows[0]![field] = '0001-01-01T00:00:00Z';
    rows[rows.length - 1]![field] = '9999-12-31T00:00:00Z';
  }
  return ds;
}

/** The base dataset with every amount and cost 1e308: valid numbers whose sums overflow to Infinity. */
function overflowing(): RawDataset {
  const ds = baseDataset();
  for (const table of ['deals', 'orders', 'subscriptions', 'campaigns', 'costs']) {
    for (const row of ds[table] as Record<string, unknown>[]) {
      if (typeof row.amount === 'number') row.amount = 1e308;
      if (typeof row.cost === 'number') row.cost = 1e308;
    }
  }
  return ds;
}

type ExtremeCase = 'many-stages' | 'ten-thousand-years' | 'overflow';

const EXTREMES: Record<ExtremeCase, { title: string; data: () => RawDataset }> = {
  'many-stages': { title: '100,000 distinct stage names', data: () => manyStages() },
  'ten-thousand-years': { title: 'a dataset from 0001-01-01 to 9999-12-31', data: tenThousandYears },
  overflow: { title: 'every amount 1e308 (sums overflow)', data: overflowing },
};

describe('hardening: extreme inputs', function () {
  this.timeout(60_000);
  let trap: UncaughtTrap;
  beforeEach(() => (trap = new UncaughtTrap()));
  afterEach(() => trap.dispose());

  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      it(`ends in a named error or a drawing for ${NOT_DATASETS.length} inputs that are no dataset`, async () => {
        const wrong: string[] = [];
        for (const input of NOT_DATASETS) {
          const mounted = mount(entry, input.value(), chartTag, { attributes: drawAttributes(entry.tag) });
          try {
            const thrown = await settleTrapped(mounted, trap);
            const state = shownState(mounted);
            if (thrown.length > 0) wrong.push(`${input.label}: ${thrown.join('; ')}`);
            // Some of these are datasets after all (an object with deals, an unknown table): a
            // drawing, an empty or a warning state is fine; a blank is not.
            if (state.errors.length + state.warnings.length + state.empty.length === 0 && state.drawnText.trim() === '') wrong.push(`${input.label}: shows nothing at all`);
            for (const e of state.errors) if (e.replace(/This chart could not be drawn\.|The dashboard's data could not be loaded\./, '').trim().length < 8) wrong.push(`${input.label}: the error gives no reason: ${JSON.stringify(e)}`);
            wrong.push(...drawnProblems(mounted).map((p) => `${input.label}: ${p}`));
            const unusable = await recovers(mounted, trap);
            if (unusable) wrong.push(`${input.label}: ${unusable}`);
          } finally {
            mounted.root.remove();
          }
        }
        expect(wrong).to.deep.equal([]);
      });

      for (const extreme of Object.values(EXTREMES)) {
        it(`draws or refuses ${extreme.title} without throwing, then draws good data`, async () => {
          await extremeCase(entry, extreme.data(), trap);
        });
      }
    });
  }
});

async function extremeCase(entry: ElementEntry, data: RawDataset, trap: UncaughtTrap): Promise<void> {
  const mounted = mount(entry, data, chartTag, { attributes: drawAttributes(entry.tag) });
  try {
    expect(await settleTrapped(mounted, trap)).to.deep.equal([]);
    const state = shownState(mounted);
    expect(drawnProblems(mounted)).to.deep.equal([]);
    // An overflowing sum is drawn as a number or refused; never as ∞.
    expect(state.drawnText).not.to.match(/∞|Infinity/);
    expect(await recovers(mounted, trap)).to.equal(undefined);
  } finally {
    mounted.root.remove();
  }
}
