// Issue #11, XSS: every element of the manifest draws a dataset whose every free-text value is
// a payload of the corpus (support/xss-corpus.ts), plus a bad row whose rejected value is one
// (so the warning banner quotes it) and a payload as its heading. Then it is hovered, focused,
// clicked, switched to its table view and exported as SVG. Nothing may run (a tripwire on
// `window` counts every payload that does), no attribute, style or element may come from the
// data (compared with the same dataset in plain words), and the words show as text.
import { expect } from '@open-wc/testing';
import { shortValue } from '../../src/schema/problems.js';
import { deepElements, deepText, drawAttributes, kitElements, mount, settle, tasks, useContainer, type ElementEntry, type Mounted, robustChart } from './support/elements.js';
import { FOREIGN_TAGS, payload, TEXT_ATTRIBUTES, XSS_TEMPLATES, xssDataset } from './support/xss-corpus.js';

declare global {
  interface Window {
    xssTripwire?: (n: number) => void;
  }
}

const { elements } = await kitElements();
useContainer(elements);
const chartTag = robustChart(elements);

/** Every payload that ran, by number. */
const fired: number[] = [];
const HEADING = 9_000;
const BAD_VALUE = 9_001;

/** A dataset in plain words, or the same with payloads; both with one bad deal whose outcome is text. */
function datasets() {
  const { data, clean, originals } = xssDataset();
  const badRow = (ds: Record<string, unknown>, outcome: string) => (ds.deals as Record<string, unknown>[]).push({ id: 'bad-row', amount: 1, createdAt: '2024-01-01', outcome, stage: (ds.stages as string[])[0] });
  badRow(clean, 'not-an-outcome');
  badRow(data, payload(BAD_VALUE));
  return { data, clean, originals };
}

/**
 * Hover, focus and click every mark; open the warning; export the charts as SVG (returned);
 * then switch to the table view. Tooltips, the chip and the table all draw data.
 */
async function interact(mounted: Mounted): Promise<string[]> {
  const marks = deepElements(mounted.root).filter((el) => el.matches('[tabindex], [role="button"], button:not([disabled]), summary'));
  for (const mark of marks.slice(0, 40)) {
    for (const type of ['pointerenter', 'pointerover', 'mouseover', 'mouseenter', 'pointermove', 'mousemove']) mark.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    (mark as HTMLElement).focus?.();
    await settle(mounted.root, 2);
  }
  const firstMark = marks.find((el) => el.matches('[role="button"], [tabindex="0"]') && !el.matches('button, summary'));
  firstMark?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  for (const details of deepElements(mounted.root).filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement)) details.open = true;
  await settle(mounted.root);
  const svgs = [mounted.target, ...mounted.probes]
    .filter((el) => typeof (el as { toSVG?: unknown }).toSVG === 'function' && el.shadowRoot?.querySelector('svg[part~="chart"]'))
    .map((el) => (el as unknown as { toSVG(): string }).toSVG());
  const tableButton = deepElements(mounted.root).find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && el.textContent?.trim() === 'Table');
  tableButton?.click();
  await settle(mounted.root);
  return svgs;
}

/** Tag names under `root` with how often each occurs. */
function tagCounts(root: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const el of deepElements(root)) counts.set(el.localName, (counts.get(el.localName) ?? 0) + 1);
  return counts;
}

/** Attributes and elements that hold data where only the kit's own code belongs. */
function injections(root: Element, clean: Map<string, number>): string[] {
  const found: string[] = [];
  for (const [tag, n] of tagCounts(root)) {
    if (!clean.has(tag)) found.push(`<${tag}> (never drawn with plain words)`);
    else if (FOREIGN_TAGS.has(tag) && n > clean.get(tag)!) found.push(`${n - clean.get(tag)!} more <${tag}> than with plain words`);
  }
  for (const el of deepElements(root)) {
    for (const attr of el.attributes) {
      const where = `<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`;
      if (attr.name.startsWith('on')) found.push(`event handler attribute ${where}`);
      if (/xss/i.test(attr.name)) found.push(`attribute named from data ${where}`);
      if (/^\s*(javascript|data):/i.test(attr.value) && /href|src|action|data/i.test(attr.name)) found.push(`URL from data ${where}`);
      if (/xss/i.test(attr.value) && !TEXT_ATTRIBUTES.has(attr.name)) found.push(`data in a non-text attribute ${where}`);
    }
    if ((el instanceof HTMLStyleElement || el instanceof SVGStyleElement) && /xss/i.test(el.textContent ?? '')) found.push(`data in a <style>`);
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && /xss/i.test(style.cssText)) found.push(`data in an inline style <${el.localName} style="${style.cssText.slice(0, 80)}">`);
  }
  return found;
}

/** The words of everything drawn, plus the text attributes (a mark's name, a tooltip's title). */
function shownWords(root: Element): string {
  const attrs = deepElements(root).flatMap((el) => [...el.attributes].filter((a) => TEXT_ATTRIBUTES.has(a.name)).map((a) => a.value));
  return `${deepText(root)}\n${attrs.join('\n')}`;
}

async function draw(entry: ElementEntry, data: unknown, heading: string): Promise<Mounted & { svgs: string[] }> {
  const mounted = mount(entry, data, chartTag, { attributes: { ...drawAttributes(entry.tag), toolbar: '' } });
  for (const el of [mounted.target, ...mounted.probes]) if ('heading' in el) (el as { heading?: string }).heading = heading;
  await settle(mounted.root);
  const svgs = await interact(mounted);
  await tasks(50);
  return { ...mounted, svgs };
}

describe('hardening: XSS corpus in every string field', function () {
  this.timeout(60_000);
  before(() => {
    window.xssTripwire = (n: number) => void fired.push(n);
  });
  after(() => delete window.xssTripwire);
  afterEach(() => document.querySelectorAll('body > *').forEach((el) => el.localName.startsWith('crm-') && el.remove()));

  it('the tripwire fires when a payload is parsed as markup (the check can fail)', async () => {
    const probe = document.createElement('div');
    // Two of the corpus's payloads, parsed as HTML on purpose: the one place data meets innerHTML.
    probe.innerHTML = payload(0) + payload(16);
    document.body.append(probe);
    await tasks(100);
    probe.remove();
    expect(fired.splice(0).sort((a, b) => a - b)).to.deep.equal([0, 16]);
    // And the injection check finds a handler, a data-named attribute and data in a class.
    const fake = document.createElement('div');
    const span = document.createElement('span');
    span.setAttribute('onmouseover', 'x');
    span.setAttribute('data-xss', '');
    span.setAttribute('class', 'xss-1');
    fake.append(span);
    expect(injections(fake, tagCounts(fake))).to.have.length(3);
  });

  for (const entry of elements) {
    it(`<${entry.tag}> runs none of ${XSS_TEMPLATES.length} payload kinds, injects nothing, and shows the words as text`, async () => {
      const { data, clean, originals } = datasets();
      const plain = await draw(entry, clean, 'Plain heading');
      const cleanTags = tagCounts(plain.root);
      const cleanWords = shownWords(plain.root);
      plain.root.remove();

      fired.length = 0;
      const evil = await draw(entry, data, payload(HEADING));
      try {
        expect(fired, 'payloads that ran').to.deep.equal([]);
        expect(injections(evil.root, cleanTags)).to.deep.equal([]);
        const words = shownWords(evil.root);
        // Every plain value the element shows as a whole word shows, as the same characters,
        // as its payload.
        // (A plain word still shown among the payloads is not data: an activity type "email"
        // is not the channel "email".)
        const shownAsWord = (words: string, word: string) => new RegExp(`(^|[\\s:(,])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s,.;:)])`).test(words);
        const shownPlain = [...originals].filter(([, original]) => shownAsWord(cleanWords, original) && !shownAsWord(words, original));
        const missingPayloads = shownPlain.filter(([p]) => !words.includes(p)).map(([p, original]) => `${original} → ${p}`);
        expect(missingPayloads, 'payloads not shown as the characters they are').to.deep.equal([]);
        if (entry.kind === 'chart' || entry.kind === 'container') expect(words, 'the heading').to.contain(payload(HEADING));
        // The rejected value is quoted in the warning, as text.
        expect(words, 'the warning quotes the bad value').to.contain(shortValue(payload(BAD_VALUE)));
        // The SVG export holds the payloads as text too, with no element or handler from them.
        for (const text of evil.svgs) {
          const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
          expect(svg.querySelector('parsererror'), 'the exported SVG parses').to.equal(null);
          expect([...svg.querySelectorAll('script, foreignObject, iframe, img, a')].map((e) => e.localName)).to.deep.equal([]);
          expect([...svg.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name))).to.deep.equal([]);
        }
        await tasks(50);
        expect(fired, 'payloads that ran after the checks').to.deep.equal([]);
      } finally {
        evil.root.remove();
      }
    });
  }
});
