/**
 * An XSS corpus and a dataset whose every free-text value (ids, names, labels, stage names,
 * owners, segments, products, agents, channels) is one of its payloads. Each payload calls the
 * tripwire `window.xssTripwire(n)` with its own number if it ever runs, and carries the marker
 * `xss` so that an injected attribute, style or element can be found by what it holds.
 */
import { baseDataset, TABLE_FIELDS, type RawDataset } from './broken-data.js';

/** Markup, attribute break-outs, URLs, CSS, template syntax and mutation-XSS; `{n}` is the payload's number. */
export const XSS_TEMPLATES: readonly string[] = [
  '<img src=data:,x onerror=xssTripwire({n})>',
  '<script>xssTripwire({n})</script>',
  '"><svg onload=xssTripwire({n})>',
  "'><iframe src=\"javascript:xssTripwire({n})\"></iframe>",
  'javascript:xssTripwire({n})',
  '" onmouseover="xssTripwire({n})" data-xss="',
  "' onfocus='xssTripwire({n})' autofocus data-xss='",
  '</style><style>*{background:url("javascript:xssTripwire({n})")}</style>',
  'red;background-image:url(javascript:xssTripwire({n}));--xss:1',
  '</text><foreignObject><div onclick=xssTripwire({n})>xss</div></foreignObject>',
  '${xssTripwire({n})}',
  "{{constructor.constructor('xssTripwire({n})')()}}",
  '<a href="javascript:xssTripwire({n})">xss</a>',
  '&lt;b&gt;xss{n}&lt;/b&gt; &amp;amp;',
  '<math><mtext><table><mglyph><style><img src=data:,x onerror=xssTripwire({n})>',
  '\u202Exss{n}\u0000<!-- -->]]>',
  '<details open ontoggle=xssTripwire({n})>',
  'data:text/html,<script>xssTripwire({n})</script>',
  '--><img/src=data:,x/onerror=xssTripwire({n})>',
  '<svg><animate onbegin=xssTripwire({n}) attributeName=x dur=1s>',
  '<input autofocus onfocus=xssTripwire({n})>',
  '<template><img src=data:,x onerror=xssTripwire({n})></template>',
  '<!--<img src="--><img src=data:,x onerror=xssTripwire({n})//">',
  '<object data="javascript:xssTripwire({n})"></object>',
];

/** The payload numbered `n` (its template is the n-th, round-robin). */
export const payload = (n: number): string => XSS_TEMPLATES[n % XSS_TEMPLATES.length]!.replaceAll('{n}', String(n));

/** Text kinds of field: everything that is not a time, number, boolean or enum. */
const TEXT_KINDS = new Set(['id', 'ref', 'label', 'text']);

/**
 * The base dataset with every free-text value replaced by a payload, the same value by the same
 * payload everywhere (so references still resolve and the numbers stay those of the base).
 * `originals` maps each payload back to the value it replaced.
 */
export function xssDataset(): { data: RawDataset; clean: RawDataset; originals: Map<string, string> } {
  const clean = baseDataset();
  const data = baseDataset();
  const byValue = new Map<string, string>();
  const originals = new Map<string, string>();
  const swap = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    let p = byValue.get(value);
    if (p === undefined) {
      p = payload(byValue.size);
      byValue.set(value, p);
      originals.set(p, value);
    }
    return p;
  };
  data.stages = (data.stages as string[]).map(swap);
  for (const [table, fields] of Object.entries(TABLE_FIELDS)) {
    for (const row of data[table] as Record<string, unknown>[]) {
      for (const field of fields) if (TEXT_KINDS.has(field.kind) && field.name in row) row[field.name] = swap(row[field.name]);
      if (Array.isArray(row.history)) for (const entry of row.history as Record<string, unknown>[]) entry.stage = swap(entry.stage);
    }
  }
  return { data, clean, originals };
}

/** Elements a payload could create that the kit never draws itself. */
export const FOREIGN_TAGS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'math', 'mglyph', 'foreignobject', 'animate', 'set', 'a', 'input', 'template', 'style']);

/** Attributes whose value is text for people and may hold any data as it is. */
export const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'alt', 'value', 'label', 'placeholder']);
