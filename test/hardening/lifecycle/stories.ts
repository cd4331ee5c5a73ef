/**
 * Stories rendered in the test page as Storybook renders them in its canvas: the CSF module's
 * args merged over the meta's, its loaders run, its play function, the story's render (else
 * the project's default) wrapped in the story's, the meta's and the project's decorators (the
 * theme switcher of .storybook/themes.ts), drawn with lit into a canvas element.
 *
 * The story files come from the element list (custom-elements.json): `crm-at-risk` →
 * stories/elements/AtRisk.stories.ts, so an element's stories are tested as soon as it has them.
 */
import { render as litRender } from 'lit';
import { THEME_GLOBAL, themeDecorator } from '../../../.storybook/themes.js';
import { settled } from './elements.js';

/** What a test needs of a CSF module (types kept loose: the CSF objects are plain data). */
type Args = Record<string, unknown>;
type Fn = (...args: never[]) => unknown;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: Fn;
  loaders?: Fn[];
  decorators?: Fn[];
  play?: Fn;
  parameters?: Record<string, unknown>;
}
interface CsfModule {
  default: StoryLike & { title: string; component?: string };
  [name: string]: unknown;
}

export interface StoryCase {
  file: string;
  title: string;
  exportName: string;
  /** Storybook's id: `elements-funnel--by-value`. */
  id: string;
  /** What Storybook shows: the story's own name, else the export in words. */
  name: string;
  meta: CsfModule['default'];
  story: StoryLike;
}

/**
 * The project's default render for a story without one (.storybook/apply-args.ts
 * `renderFromManifest`): `<tag>` with every arg set. That module reads custom-elements.json as
 * a JSON module, which the test server's esbuild does not pass through, so the same is done
 * here by hand: each arg as a property. Its companion decorator, `manifestArgsDecorator`, only
 * applies args a person changed with a control (none here), so it is left out.
 */
function renderFromManifest(args: Args, context: { component?: unknown }): HTMLElement {
  const el = document.createElement(String(context.component));
  for (const [key, value] of Object.entries(args)) if (value !== undefined && value !== '') (el as unknown as Args)[key] = value;
  return el;
}

/** `crm-at-risk` → `AtRisk`. */
export const storyFileName = (tag: string) =>
  tag
    .replace(/^crm-/, '')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

const kebab = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
const words = (exportName: string) => exportName.replace(/([a-z0-9])([A-Z])/g, '$1 $2');

/** The stories of a CSF file at `path` (from the server root), in export order. */
export async function storiesOf(path: string): Promise<StoryCase[]> {
  const module = (await import(/* @vite-ignore */ path)) as CsfModule; // a .ts path: the server maps only static imports' .js
  const meta = module.default;
  const order = (module.__namedExportsOrder as string[] | undefined) ?? Object.keys(module);
  return order
    .filter((name) => name !== 'default' && name !== '__namedExportsOrder' && typeof module[name] === 'object' && module[name] !== null)
    .map((exportName) => {
      const story = module[exportName] as StoryLike;
      return { file: path, title: meta.title, exportName, id: `${kebab(meta.title)}--${kebab(exportName)}`, name: story.name ?? words(exportName), meta, story };
    });
}

/**
 * The stories' loaders read the real-data files from Storybook's static folders; in the test
 * page the same files are under the server root (vendored) and /shared-refdata/ (the workshop
 * folder beside the repository, absent on a clone alone: the story then shows its fallback).
 */
function storybookUrl(input: RequestInfo | URL): RequestInfo | URL {
  if (typeof input !== 'string') return input;
  return input.replace(/^\/?refdata\/vendored\//, '/test/fixtures/refdata/').replace(/^\/?refdata\/crm-sales-opportunities\//, '/shared-refdata/crm-sales-opportunities/');
}

export interface Drawn {
  canvas: HTMLElement;
  /** Undo what the story did to the page (fetch wrappers of Loading stories, the URL, the body's paint). */
  cleanUp(): void;
}

/** Draw `story` in `theme` (the toolbar global: light or dark) into a new canvas in the page. */
export async function drawStory(story: StoryCase, theme: 'light' | 'dark'): Promise<Drawn> {
  const realFetch = window.fetch;
  const url = location.href;
  const bodyStyle = document.body.getAttribute('style');
  const rootStyle = document.documentElement.getAttribute('style');
  window.fetch = (input, init) => realFetch(storybookUrl(input), init);

  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);
  const args: Args = { ...(story.meta.args ?? {}), ...(story.story.args ?? {}) };
  const context: Record<string, unknown> = {
    id: story.id,
    name: story.name,
    title: story.title,
    component: story.meta.component,
    args,
    initialArgs: { ...args },
    argTypes: {},
    globals: { [THEME_GLOBAL]: theme },
    parameters: { ...(story.meta.parameters ?? {}), ...(story.story.parameters ?? {}) },
    viewMode: 'story',
    canvasElement: canvas,
    loaded: {},
  };
  const loaded: Record<string, unknown> = {};
  for (const loader of [...(story.meta.loaders ?? []), ...(story.story.loaders ?? [])]) Object.assign(loaded, await (loader as (c: unknown) => Promise<unknown>)(context));
  context.loaded = loaded;
  const render = (story.story.render ?? story.meta.render ?? renderFromManifest) as (a: Args, c: unknown) => unknown;
  context.originalStoryFn = render;
  let storyFn = () => render(args, context);
  // Innermost first: the story's decorators, the meta's, then the project's (preview.ts).
  const decorators = [...(story.story.decorators ?? []), ...(story.meta.decorators ?? []), themeDecorator] as ((fn: () => unknown, c: unknown) => unknown)[];
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  litRender(storyFn(), canvas);
  await (story.story.play as ((c: unknown) => Promise<void>) | undefined)?.(context);
  // The decorators apply args and themes in a microtask after the render; then every crm
  // element (nested ones too) updates, and a ResizeObserver's redraw comes a task later.
  await Promise.resolve();
  for (let i = 0; i < 3; i++) {
    await settled(canvas);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return {
    canvas,
    cleanUp() {
      litRender(null, canvas);
      canvas.remove();
      window.fetch = realFetch;
      if (location.href !== url) history.replaceState(history.state, '', url);
      if (bodyStyle === null) document.body.removeAttribute('style');
      else document.body.setAttribute('style', bodyStyle);
      if (rootStyle === null) document.documentElement.removeAttribute('style');
      else document.documentElement.setAttribute('style', rootStyle);
    },
  };
}
