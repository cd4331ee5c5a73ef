// Tables for the guides (stories/guides/*.mdx), built from the code rather than copied into
// prose: the tokens from TOKENS, the elements, attributes, events, CSS properties and parts
// from custom-elements.json. Written with createElement: the project compiles no JSX, and MDX
// renders any React component.
import { createElement as h, Fragment, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { allElementApis, chartElementApis, ownAttributes, sharedAttributes, type ElementField, type ElementMember } from './element-api.js';
import { tokenGroups, type TokenRow } from './token-rows.js';

const cell: CSSProperties = { padding: '6px 8px', verticalAlign: 'top', textAlign: 'left', borderBottom: '1px solid rgba(127, 127, 127, 0.3)' };
const table: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 13, margin: '8px 0 24px' };
/** A name in code type; names do not wrap at their hyphens, types (long unions) may. */
const code = (text: string) => h('code', { style: { whiteSpace: 'nowrap' } }, text);
const typeCode = (text: string) => h('code', null, text);

/** Markdown-ish backticks in manifest descriptions, as code. */
function withCode(text: string): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') ? h('code', { key: i }, part.slice(1, -1)) : part));
}

function Table(props: { head: string[]; rows: ReactNode[][]; caption?: string }): ReactElement {
  return h(
    'table',
    { style: table },
    props.caption ? h('caption', { style: { textAlign: 'left', fontWeight: 600, padding: '4px 0' } }, props.caption) : null,
    h('thead', null, h('tr', null, props.head.map((label) => h('th', { key: label, scope: 'col', style: cell }, label)))),
    h(
      'tbody',
      null,
      props.rows.map((row, i) => h('tr', { key: i }, row.map((content, j) => h(j === 0 ? 'th' : 'td', { key: j, ...(j === 0 ? { scope: 'row' } : {}), style: { ...cell, fontWeight: j === 0 ? 400 : undefined } }, content)))),
    ),
  );
}

/** A picture of one token's value: a colour swatch, a bar as long as a length, a type sample. */
function Sample(props: { row: TokenRow; value: string }): ReactElement {
  const { row, value } = props;
  const frame: CSSProperties = { display: 'inline-block', verticalAlign: 'middle', marginRight: 8 };
  switch (row.kind) {
    case 'colour':
      return h('span', { style: { ...frame, width: 28, height: 20, borderRadius: 4, background: value, border: '1px solid rgba(127, 127, 127, 0.6)' }, 'aria-hidden': true });
    case 'font-size':
      return h('span', { style: { ...frame, fontSize: value, lineHeight: 1 } }, 'Aa 1,234');
    case 'font-family':
      return h('span', { style: { ...frame, fontFamily: value === 'inherit' ? undefined : value } }, 'Pipeline 12,5 %');
    default:
      return row.name.includes('radius')
        ? h('span', { style: { ...frame, width: 28, height: 20, borderRadius: value, border: '2px solid currentColor' }, 'aria-hidden': true })
        : h('span', { style: { ...frame, width: value, height: 10, background: 'currentColor', opacity: 0.6 }, 'aria-hidden': true });
  }
}

function valueCell(row: TokenRow, value: string, contrast: string): ReactNode {
  return h(Fragment, null, h(Sample, { row, value }), code(value), contrast ? h('span', { style: { fontSize: 12 } }, ` ${contrast}`) : null);
}

/** Every `--crm-*` token with its light and dark value and the Brand theme's, grouped. */
export function TokenTable(): ReactElement {
  return h(
    Fragment,
    null,
    tokenGroups().map((group) =>
      h(Table, {
        key: group.title,
        caption: group.title,
        head: ['Token', 'Light', 'Dark', 'Brand (example)'],
        rows: group.rows.map((row) => [
          h(Fragment, null, code(row.name), row.against ? h('div', { style: { fontSize: 12 } }, `contrast against ${row.against}`) : null),
          valueCell(row, row.light, row.contrastLight),
          valueCell(row, row.dark, row.contrastDark),
          row.brand ? valueCell(row, row.brand, row.contrastBrand) : h('span', null, 'default'),
        ]),
      }),
    ),
  );
}

const memberRows = (items: ElementMember[], describe: (item: ElementMember) => ReactNode = (item) => withCode(item.description)) =>
  items.map((item) => [code(item.name), describe(item)]);

/** Per element: its own CSS custom properties and its parts, for `::part()`. */
export function ElementStyling(): ReactElement {
  return h(
    Fragment,
    null,
    allElementApis().map((api) =>
      h(
        'section',
        { key: api.tag },
        h('h3', null, code(`<${api.tag}>`)),
        api.summary ? h('p', null, withCode(api.summary)) : null,
        api.cssProperties.length
          ? h(Table, { caption: 'CSS custom properties', head: ['Property', 'What it sets'], rows: memberRows(api.cssProperties) })
          : h('p', null, 'No custom properties of its own: the global tokens theme it.'),
        api.cssParts.length ? h(Table, { caption: 'Parts', head: ['Part', 'What it is'], rows: memberRows(api.cssParts, (part) => withCode(part.description)) }) : null,
      ),
    ),
  );
}

/** The attributes every chart element shares. */
export function SharedAttributes(): ReactElement {
  return h(Table, {
    head: ['Attribute', 'Type', 'What it does'],
    rows: sharedAttributes().map((field) => [code(field.attribute ?? field.name), typeCode(field.type), withCode(field.description)]),
  });
}

function attributeList(fields: ElementField[]): ReactNode {
  return fields.length ? fields.map((field, i) => h(Fragment, { key: field.name }, i ? ', ' : '', code(field.attribute ?? field.name))) : '—';
}

/** Every element the manifest describes: what it shows, its own attributes and its events. */
export function ElementList(): ReactElement {
  const charts = new Set(chartElementApis().map((api) => api.tag));
  return h(Table, {
    head: ['Element', 'What it is', 'Its own attributes', 'Events'],
    rows: allElementApis().map((api) => [
      code(`<${api.tag}>`),
      withCode(api.summary),
      attributeList(charts.has(api.tag) ? ownAttributes(api) : api.fields.filter((field) => field.attribute)),
      api.events.length ? api.events.map((event, i) => h(Fragment, { key: event.name }, i ? ', ' : '', code(event.name))) : '—',
    ]),
  });
}

/**
 * A table of text written in MDX, `backticks` shown as code. Storybook's MDX has no GitHub
 * tables (that needs remark-gfm, which the build does not load), so the guides use this.
 */
export function TextTable(props: { head: string[]; rows: string[][]; numeric?: number[] }): ReactElement {
  const numeric = new Set(props.numeric ?? []);
  return h(
    'table',
    { style: table },
    h('thead', null, h('tr', null, props.head.map((label, j) => h('th', { key: label, scope: 'col', style: { ...cell, textAlign: numeric.has(j) ? 'right' : 'left' } }, label)))),
    h(
      'tbody',
      null,
      props.rows.map((row, i) =>
        h(
          'tr',
          { key: i },
          row.map((content, j) =>
            h(j === 0 ? 'th' : 'td', { key: j, ...(j === 0 ? { scope: 'row' } : {}), style: { ...cell, fontWeight: 400, textAlign: numeric.has(j) ? 'right' : 'left', fontVariantNumeric: 'tabular-nums' } }, withCode(content)),
          ),
        ),
      ),
    ),
  );
}
