// The public API of one custom element, read from custom-elements.json: the fields a page sets
// (with the attribute that mirrors each), its methods, events, slots, parts and CSS properties.
// Storybook's own reader lists private `#fields` and protected members as properties and lets a
// part named like an attribute (`toolbar`) overwrite it, so the docs tables and the controls
// are built from this view instead.
import customElements from '../../custom-elements.json' with { type: 'json' };

/** What kind of value a field takes, which decides its control and how an arg is applied. */
export type FieldKind = 'boolean' | 'number' | 'string' | 'value';

export interface ElementField {
  /** The property name: the arg key, so a story's camelCase args line up with it. */
  name: string;
  /** The attribute that mirrors the property, if any (`time-zone` for `timeZone`). */
  attribute: string | undefined;
  description: string;
  /** The TypeScript type as written (`'reached' | 'strict'`, `Period | undefined`). */
  type: string;
  /** The default as written in the source (`'count'`, `false`), if any. */
  defaultValue: string | undefined;
  kind: FieldKind;
  /** String literals of a literal union (`'light' | 'dark'` → light, dark). */
  literals: string[];
  /** Whether `undefined` or `null` is part of the type: the field may stay unset. */
  optional: boolean;
  readonly: boolean;
}

export interface ElementMember {
  name: string;
  description: string;
}

export interface ElementApi {
  tag: string;
  /** The one-line `@summary`. */
  summary: string;
  description: string;
  fields: ElementField[];
  methods: (ElementMember & { signature: string })[];
  events: ElementMember[];
  slots: ElementMember[];
  cssParts: ElementMember[];
  cssProperties: ElementMember[];
}

interface ManifestType {
  text?: string;
}
interface ManifestMember {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: ManifestType;
  default?: string;
  description?: string;
  attribute?: string;
  parameters?: { name: string; type?: ManifestType }[];
  return?: { type?: ManifestType };
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  events?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** Splits a union type at its top level: `Record<'a' | 'b', X> | undefined` has two members. */
export function unionMembers(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '<' || c === '(' || c === '[' || c === '{') depth++;
    else if (c === '>' || c === ')' || c === ']' || c === '}') depth--;
    else if (c === '|' && depth === 0) {
      members.push(type.slice(start, i).trim());
      start = i + 1;
    }
  }
  members.push(type.slice(start).trim());
  return members.filter(Boolean);
}

function fieldOf(member: ManifestMember): ElementField {
  const type = member.type?.text ?? 'unknown';
  const parts = unionMembers(type);
  const optional = parts.some((p) => p === 'undefined' || p === 'null');
  const rest = parts.filter((p) => p !== 'undefined' && p !== 'null');
  const literals = rest.filter((p) => /^'[^']*'$|^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1));
  const primitive = rest.length === 1 ? rest[0] : undefined;
  const attribute = member.attribute;
  // An attribute carries text: anything but a boolean or a number goes over it as a string.
  const kind: FieldKind =
    primitive === 'boolean' ? 'boolean' : primitive === 'number' ? 'number' : attribute || primitive === 'string' || literals.length === rest.length ? 'string' : 'value';
  return {
    name: member.name,
    attribute,
    description: member.description ?? '',
    type,
    defaultValue: member.default,
    kind,
    literals: literals.length === rest.length ? literals : [],
    optional,
    readonly: Boolean(member.readonly),
  };
}

const isPublic = (member: ManifestMember) => !member.static && !member.privacy && !member.name.startsWith('#');

function apiOf(declaration: ManifestDeclaration & { tagName: string }): ElementApi {
  const members = (declaration.members ?? []).filter(isPublic);
  const named = <T extends { name: string; description?: string }>(items: T[] | undefined) =>
    (items ?? []).map((item) => ({ name: item.name, description: item.description ?? '' }));
  return {
    tag: declaration.tagName,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    fields: members.filter((m) => m.kind === 'field').map(fieldOf),
    methods: members
      .filter((m) => m.kind === 'method')
      .map((m) => ({
        name: m.name,
        description: m.description ?? '',
        signature: `(${(m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}`,
      })),
    events: named(declaration.events),
    slots: named(declaration.slots),
    cssParts: named(declaration.cssParts),
    cssProperties: named(declaration.cssProperties),
  };
}

const byTag = new Map<string, ElementApi>();
for (const module of (customElements as Manifest).modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) byTag.set(declaration.tagName, apiOf(declaration as ManifestDeclaration & { tagName: string }));
  }
}

/** The API of a tag, or undefined when the manifest does not describe it. */
export function elementApi(tag: unknown): ElementApi | undefined {
  return typeof tag === 'string' ? byTag.get(tag) : undefined;
}

/** Every element the manifest describes, in tag order. */
export function allElementApis(): ElementApi[] {
  return [...byTag.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The arg key of an event's action (`crm-select` → `onCrmSelect`), as Storybook names them. */
export function eventArgKey(event: string): string {
  return `on${event.replace(/(^|[-_:.\s]+)(.)/g, (_m, _sep, c: string) => c.toUpperCase())}`;
}

/** The charts: every element but the dashboard and its filter bar, which draw no metric. */
export function chartElementApis(): ElementApi[] {
  return allElementApis().filter((api) => api.tag !== 'crm-dashboard' && api.tag !== 'crm-filters');
}

/**
 * The attributes every chart element has (they come from the shared base class), in the order
 * the first element lists them; what each element adds is the rest.
 */
export function sharedAttributes(): ElementField[] {
  const charts = chartElementApis();
  const [first, ...others] = charts;
  if (!first) return [];
  return first.fields.filter((field) => field.attribute && others.every((api) => api.fields.some((f) => f.attribute === field.attribute)));
}

/** The attributes of an element beyond the shared ones. */
export function ownAttributes(api: ElementApi): ElementField[] {
  const shared = new Set(sharedAttributes().map((field) => field.attribute));
  return api.fields.filter((field) => field.attribute && !shared.has(field.attribute));
}
