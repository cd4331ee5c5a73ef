// Args to a live element. Storybook's web-components renderer sets every arg as a property
// (`element['time-zone'] = …` sets nothing), so the controls of the docs page would do nothing
// for attributes spelled with a dash, CSS custom properties or events. Here:
// - `renderFromManifest` is the project's default render: it draws `<tag …>` with every arg
//   applied, so a story without a render of its own gets working controls and a true source
//   snippet (attributes, not properties);
// - `manifestArgsDecorator` applies, to the elements a story's own render drew, the controls
//   that render does not bind (those the story has no initial arg for), and logs the element's
//   events in the Actions panel.
import type { Args, Decorator, StoryContext } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { elementApi, eventArgKey, type ElementApi } from '../stories/support/element-api.js';

/** The listener bound per element and event, so a re-render replaces it instead of adding one. */
const listeners = new WeakMap<Element, Map<string, EventListener>>();

function bindEvents(element: Element, api: ElementApi, args: Args): void {
  const bound = listeners.get(element) ?? new Map<string, EventListener>();
  listeners.set(element, bound);
  for (const { name } of api.events) {
    const handler = args[eventArgKey(name)] as EventListener | undefined;
    const before = bound.get(name);
    if (before === handler) continue;
    if (before) element.removeEventListener(name, before);
    if (typeof handler === 'function') {
      element.addEventListener(name, handler);
      bound.set(name, handler);
    } else bound.delete(name);
  }
}

/**
 * Sets one arg on an element: over its attribute when it has one (so the source snippet shows
 * it), as a property otherwise, as a style property for `--*` names. `undefined`, `null` and ''
 * unset it. Returns false when the key is not part of the element's API.
 */
function applyArg(element: HTMLElement, api: ElementApi, key: string, value: unknown): boolean {
  if (key.startsWith('--')) {
    if (!api.cssProperties.some((p) => p.name === key)) return false;
    if (value === undefined || value === null || value === '') element.style.removeProperty(key);
    else element.style.setProperty(key, String(value));
    return true;
  }
  const field = api.fields.find((f) => f.name === key);
  if (!field || field.readonly) return false;
  const unset = value === undefined || value === null || value === '';
  if (field.attribute && field.kind !== 'value') {
    if (field.kind === 'boolean') element.toggleAttribute(field.attribute, Boolean(value));
    else if (unset || (field.kind === 'number' && !Number.isFinite(Number(value)))) element.removeAttribute(field.attribute);
    else element.setAttribute(field.attribute, String(value));
  } else {
    (element as unknown as Record<string, unknown>)[key] = value;
  }
  return true;
}

/** `<tag ${applyArgsTo(api, args)}>`: applies every arg on each render. */
class ApplyArgs extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgsTo belongs on an element: <crm-x ${applyArgsTo(…)}>');
  }
  render(_api: ElementApi, _args: Args) {
    return nothing;
  }
  override update(part: ElementPart, [api, args]: [ElementApi, Args]) {
    const element = part.element as HTMLElement;
    for (const [key, value] of Object.entries(args)) applyArg(element, api, key, value);
    bindEvents(element, api, args);
    return nothing;
  }
}
const applyArgsTo = directive(ApplyArgs);

/** The default render of every story that names a `component` and brings no render of its own. */
export function renderFromManifest(args: Args, context: StoryContext) {
  const api = elementApi(context.component);
  if (!api) throw new Error(`Story ${context.id}: component "${String(context.component)}" is not in custom-elements.json (run npm run analyze).`);
  const tag = unsafeStatic(api.tag);
  return html`<${tag} ${applyArgsTo(api, args)}></${tag}>`;
}

/** Per element, the keys this decorator set, so a control reset to nothing is taken back. */
const appliedKeys = new WeakMap<Element, Set<string>>();

/**
 * For stories with their own render: after it has drawn, set on each element of the story's
 * component the args the render does not know about (keys without an initial arg, which a
 * person set with a control), and bind the events to the Actions panel.
 */
export const manifestArgsDecorator: Decorator = (storyFn, context) => {
  const story = storyFn();
  const api = elementApi(context.component);
  if (!api || context.originalStoryFn === renderFromManifest) return story;
  const { args, initialArgs, canvasElement } = context;
  // The render commits synchronously after the decorators return; a microtask runs after it.
  queueMicrotask(() => {
    for (const element of canvasElement.querySelectorAll<HTMLElement>(api.tag)) {
      const applied = appliedKeys.get(element) ?? new Set<string>();
      appliedKeys.set(element, applied);
      for (const key of applied) {
        if (args[key] === undefined && applyArg(element, api, key, undefined)) applied.delete(key);
      }
      for (const [key, value] of Object.entries(args)) {
        if (key in initialArgs || value === undefined) continue;
        if (applyArg(element, api, key, value)) applied.add(key);
      }
      bindEvents(element, api, args);
    }
  });
  return story;
};
