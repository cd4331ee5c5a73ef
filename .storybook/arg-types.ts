// The docs tables and controls of an element, from custom-elements.json (see element-api.ts):
// attributes and properties with a control that fits their type, then methods, events, slots,
// CSS shadow parts and CSS custom properties, each in its own category.
import type { ArgTypes, StrictInputType } from 'storybook/internal/types';
import { elementApi, eventArgKey, type ElementField } from '../stories/support/element-api.js';

/** Arg value that stands for "attribute not set" in a select; `applyArgs` removes the attribute. */
export const UNSET = '';

/**
 * Options named in a field's description, for a type alias the manifest does not resolve
 * (`FunnelMeasure`, `Period`): the JSDoc lists the values in backticks — "`count` or `value`",
 * "`day`, `week`, `month`, `quarter` or `year`". Used only when the default is one of them (or
 * the field may stay unset), so that a description quoting other code does not become options.
 */
function optionsFromDescription(field: ElementField): string[] {
  const quoted = [...field.description.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1] as string);
  const options = [...new Set(quoted)];
  const fallback = field.defaultValue?.replace(/^'(.*)'$/, '$1');
  if (options.length < 2) return [];
  return fallback !== undefined ? (options.includes(fallback) ? options : []) : field.optional ? options : [];
}

// Controls are given as objects: Storybook normalises a string control only in a story's own
// argTypes, not in extracted ones, and the table would show no control for `'boolean'`.
function controlOf(field: ElementField): Pick<StrictInputType, 'control' | 'options'> {
  if (field.readonly) return { control: false };
  const options = field.literals.length ? field.literals : field.kind === 'string' && field.type !== 'string' && !/^string\b/.test(field.type) ? optionsFromDescription(field) : [];
  if (options.length) {
    if (field.optional) return { control: { type: 'select', labels: { [UNSET]: '(not set)' } }, options: [UNSET, ...options] };
    return { control: { type: options.length <= 4 ? 'inline-radio' : 'select' }, options };
  }
  switch (field.kind) {
    case 'boolean':
      return { control: { type: 'boolean' } };
    case 'number':
      return { control: { type: 'number' } };
    case 'string':
      return { control: { type: 'text' } };
    default:
      // Only the dataset (`data: unknown`) is plain JSON a person can type; other objects
      // (a selection, a context) would break the element if half-filled by hand.
      return { control: field.type === 'unknown' ? { type: 'object' } : false };
  }
}

function fieldArgType(field: ElementField): StrictInputType {
  const attribute = field.attribute;
  const alias = attribute && attribute !== field.name ? `Attribute \`${attribute}\`, property \`${field.name}\`. ` : '';
  const readonly = field.readonly ? 'Read only. ' : '';
  return {
    name: attribute ?? field.name,
    description: `${alias}${readonly}${field.description}`,
    type: { name: 'other', value: field.type, required: false },
    ...controlOf(field),
    table: {
      category: attribute ? 'attributes' : 'properties',
      type: { summary: field.type },
      defaultValue: field.defaultValue === undefined ? undefined : { summary: field.defaultValue },
    },
  } as StrictInputType;
}

/** A row with no control, for what the docs list but a story does not set. */
function listed(key: string, name: string, description: string, category: string, type?: string): [string, StrictInputType] {
  return [
    key,
    {
      name,
      description,
      type: { name: 'void', required: false },
      control: false,
      // No type line under a part, slot or event: `summary: undefined` hides the type's name.
      table: { category, type: { summary: type } },
    } as StrictInputType,
  ];
}

/** The CSS property's default as its description states it: "(default `--crm-palette-1`)". */
function cssDefault(description: string): string | undefined {
  return /\(default ([^)]*)\)/.exec(description)?.[1]?.replace(/`/g, '');
}

/**
 * argTypes for a tag: keys are property names (a story's `timeZone` arg lines up with the
 * `time-zone` attribute row), CSS properties keep their `--` names, and parts, slots and events
 * get prefixed keys so that none overwrites an attribute of the same name.
 */
export function extractArgTypes(tag: unknown): ArgTypes | null {
  const api = elementApi(tag);
  if (!api) return null;
  const entries: [string, StrictInputType][] = [];
  // Attributes first (what a page writes by hand), then the properties only a script sets.
  const byAttribute = [...api.fields].sort((x, y) => Number(!x.attribute) - Number(!y.attribute));
  for (const field of byAttribute) entries.push([field.name, fieldArgType(field)]);
  for (const method of api.methods) entries.push(listed(`method:${method.name}`, `${method.name}()`, method.description, 'methods', method.signature));
  for (const event of api.events) {
    entries.push(listed(`event:${event.name}`, event.name, event.description, 'events'));
    // The action arg: the Actions panel logs every event the element fires (see apply-args.ts).
    entries.push([eventArgKey(event.name), { name: eventArgKey(event.name), action: event.name, table: { disable: true } } as StrictInputType]);
  }
  for (const slot of api.slots) entries.push(listed(`slot:${slot.name || 'default'}`, slot.name || '(default)', slot.description, 'slots'));
  for (const part of api.cssParts) entries.push(listed(`part:${part.name}`, part.name, part.description, 'css shadow parts'));
  for (const property of api.cssProperties) {
    const fallback = cssDefault(property.description);
    entries.push([
      property.name,
      {
        name: property.name,
        description: property.description,
        type: { name: 'string', required: false },
        control: { type: /color/.test(property.name) ? 'color' : 'text' },
        table: { category: 'css custom properties', type: { summary: undefined }, ...(fallback ? { defaultValue: { summary: fallback } } : {}) },
      } as StrictInputType,
    ]);
  }
  return Object.fromEntries(entries);
}

/** The component's description for the docs page: the class JSDoc. */
export function extractComponentDescription(tag: unknown): string | null {
  return elementApi(tag)?.description ?? null;
}
