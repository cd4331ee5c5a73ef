// A keyboard-only walk through every element (issue #11), with real key presses (the test
// runner's sendKeys, through the DevTools protocol): Tab into the element from a button
// before it, reach every control with Tab and every mark of each chart with the arrow keys,
// activate a mark with Enter (crm-select) and the table view with Enter, and leave with Tab
// to a button after it — no trap, nothing out of reach.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { drawable, eventsOf, settled, TAGS } from './lifecycle/elements.js';

/** Presses allowed to explore one group of marks; the data below keeps groups smaller. */
const MAX_PRESSES = 400;

/** Narrower windows where a chart would otherwise have hundreds of marks (a cohort triangle). */
const WINDOW: Record<string, [string, string]> = { 'crm-cohort-churn': ['2023-01-01', '2023-07-01'] };

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `root` or inside it, across shadow roots. */
function within(root: Element, node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === root) return true;
  return false;
}

/** Every element in `root`'s light and shadow trees. */
function deepAll(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

/** What Tab should reach: native controls and tabindex ≥ 0, enabled and on screen. */
function tabbable(root: Element): Element[] {
  return deepAll(root).filter((el) => {
    if (!visible(el) || (el as HTMLButtonElement).disabled) return false;
    if (el.closest('details:not([open]) > :not(summary)')) return false;
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null) return Number(tabindex) >= 0;
    return el.matches('button, input, select, textarea, a[href], summary');
  });
}

/** A mark's name: its accessible label (stable when a list re-renders or scrolls). */
const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The group a roving tab stop belongs to: its svg or ARIA grid/list/table. */
const groupOf = (el: Element) => el.closest('[role="grid"], [role="treegrid"], [role="listbox"], [role="table"], svg') ?? el.parentElement;

/** The marks of a group: elements with a tabindex, the roving -1s included, sliders excepted. */
const marksOf = (group: Element) => [...group.querySelectorAll('[tabindex]')].filter((el) => el.getAttribute('role') !== 'slider' && visible(el));

async function press(key: string): Promise<Element | null> {
  await sendKeys({ press: key });
  return deepActive();
}

interface Walk {
  stops: Element[];
  left: boolean;
}

/** Tab from the button before until focus reaches the button after (or gives up). */
async function tabThrough(host: Element, before: HTMLElement, after: HTMLElement): Promise<Walk> {
  before.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 120; i++) {
    const active = await press('Tab');
    if (active === after) return { stops, left: true };
    if (!active || !within(host, active)) return { stops, left: false };
    if (stops[stops.length - 1] !== active) stops.push(active);
  }
  return { stops, left: false };
}

/** The focusable mark of `host` named `name`, as drawn now (a redraw may have replaced it). */
const markNamed = (host: Element, name: string) => deepAll(host).find((m) => m.hasAttribute('tabindex') && nameOf(m) === name) as HTMLElement | undefined;

/**
 * From the roving tab stops of a group, every mark the arrow keys lead to: a breadth-first
 * search in which each mark reached is given each arrow key once (focus is put back on it
 * between keys; what counts is that the key took focus to the next mark).
 */
async function explore(host: Element, seeds: readonly Element[]): Promise<Set<string>> {
  const seen = new Set(seeds.map(nameOf));
  const queue = [...seen];
  let presses = 0;
  while (queue.length > 0 && presses < MAX_PRESSES) {
    const name = queue.shift() as string;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      const mark = markNamed(host, name);
      if (!mark) break; // scrolled out of a virtual list: its neighbours are reached from others
      mark.focus();
      presses++;
      const next = await press(key);
      if (!next || !within(host, next) || !next.hasAttribute('tabindex')) continue;
      const found = nameOf(next);
      if (!seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return seen;
}

describe('hardening: every element by keyboard alone', function () {
  this.timeout(60_000);
  let page: HTMLDivElement;
  afterEach(() => page?.remove());

  for (const tag of TAGS) {
    it(`<${tag}>: Tab in, every control and mark by keys, Enter, Tab out`, async () => {
      page = document.createElement('div');
      page.style.width = '900px';
      const before = Object.assign(document.createElement('button'), { textContent: 'before' });
      const after = Object.assign(document.createElement('button'), { textContent: 'after' });
      const el = drawable(tag);
      el.toggleAttribute('toolbar', true);
      const range = WINDOW[tag];
      if (range) {
        el.setAttribute('from', range[0]);
        el.setAttribute('to', range[1]);
      }
      page.append(before, el, after);
      document.body.append(page);
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settled(el);

      // 1. Tab in, through, and out: every tabbable control is a stop, and focus leaves.
      let markCount = 0;
      const expected = tabbable(el);
      const walk = await tabThrough(el, before, after);
      expect(walk.left, `${tag}: Tab left the element (stops: ${walk.stops.map((s) => s.localName).join(', ')})`).to.equal(true);
      // crm-filters alone has nothing to filter and no control; in a dashboard it is walked with it.
      if (tag !== 'crm-filters') expect(walk.stops.length, `${tag}: Tab stops inside`).to.be.above(0);
      const missed = expected.filter((c) => !walk.stops.includes(c));
      expect(
        missed.map((c) => `${c.localName}${c.getAttribute('aria-label') ? `[${c.getAttribute('aria-label')}]` : ''}`),
        `${tag}: controls Tab never reached`,
      ).to.deep.equal([]);

      // 2. Marks: each roving tab stop leads by arrow keys to every mark of its group.
      // (A slider is a tab stop of its own: its arrow keys change a value, not the focus.)
      const rovingStops = walk.stops.filter((s) => s.getAttribute('tabindex') === '0' && s.getAttribute('role') !== 'slider' && marksOf(groupOf(s) as Element).some((m) => m.getAttribute('tabindex') === '-1'));
      const selected: Event[] = [];
      el.addEventListener('crm-select', (e) => selected.push(e));
      const groups = [...new Set(rovingStops.map((s) => groupOf(s) as Element))];
      for (const group of groups) {
        const names = marksOf(group).map(nameOf);
        const seen = await explore(el, rovingStops.filter((s) => groupOf(s) === group));
        const unreached = names.filter((n) => !seen.has(n));
        expect(unreached, `${tag}: marks the arrow keys never reached (of ${names.length})`).to.deep.equal([]);
        markCount += names.length;
      }

      // 3. Enter on a mark selects it, in an element that fires crm-select (a dashboard: its
      // charts do). A KPI's sparkline points are read, not selected.
      const selects = eventsOf(tag).includes('crm-select') || tag === 'crm-dashboard';
      if (rovingStops.length > 0 && selects) {
        const first = rovingStops[0] as HTMLElement;
        first.focus();
        await press('Enter');
        expect(selected.length, `${tag}: crm-select on Enter`).to.be.at.least(1);
        await press('Escape');
      }

      // 4. Enter on the toolbar's Table button shows the table; Enter again brings the chart back.
      const table = deepAll(el).find((b): b is HTMLButtonElement => b.localName === 'button' && b.textContent?.trim() === 'Table' && b.hasAttribute('aria-pressed'));
      if (table) {
        table.focus();
        await press('Enter');
        await settled(el);
        expect(table.getAttribute('aria-pressed'), `${tag}: Table pressed by Enter`).to.equal('true');
        await press('Enter');
        await settled(el);
        expect(table.getAttribute('aria-pressed')).to.equal('false');
      }

      // 5. And out again from wherever focus is now.
      for (let i = 0; i < 120 && deepActive() !== after; i++) {
        const active = await press('Tab');
        if (!active || (!within(el, active) && active !== after)) break;
      }
      expect(deepActive(), `${tag}: Tab leaves after the walk`).to.equal(after);
      console.log(`keyboard ${tag}: ${walk.stops.length} tab stops, ${markCount} marks reached by arrow keys, ${selected.length} crm-select on Enter, table view ${table ? 'by Enter' : 'none'}`);
    });
  }
});
