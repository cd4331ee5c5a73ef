/**
 * axe-core on every story, in the light and the dark theme (issue #11). The stories are those
 * of each element of custom-elements.json (its stories/elements/<Name>.stories.ts) plus the
 * data stories, split into shards so that each test file stays short; a shard file calls
 * `axeStories(k, SHARDS)`.
 */
import { expect } from '@open-wc/testing';
import { axeViolations } from '../../support/axe.js';
import { TAGS } from './elements.js';
import { drawStory, storiesOf, storyFileName, type StoryCase } from './stories.js';

export const SHARDS = 4;

/** The story files, one per element, then the data stories (in the first shard). */
const FILES = [...TAGS.map((tag) => `/stories/elements/${storyFileName(tag)}.stories.ts`), '/stories/data/Dataset.stories.ts'];

export async function axeStories(shard: number, shards = SHARDS): Promise<void> {
  const files = FILES.filter((_, i) => i % shards === shard);
  const loaded = await Promise.all(files.map(async (file) => ({ file, stories: await storiesOf(file).catch((error: unknown) => error as Error) })));
  describe(`hardening: axe-core on every story (shard ${shard + 1} of ${shards})`, function () {
    this.timeout(60_000);
    for (const { file, stories } of loaded) {
      if (stories instanceof Error) {
        it(`${file} loads`, () => {
          throw stories;
        });
        continue;
      }
      it(`${file} has stories`, () => expect(stories.length).to.be.above(0));
      for (const story of stories) {
        for (const theme of ['light', 'dark'] as const) {
          it(`${story.id} (${story.name}), ${theme}: no violations`, async () => {
            await check(story, theme);
          });
        }
      }
    }
  });
}

async function check(story: StoryCase, theme: 'light' | 'dark'): Promise<void> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const start = performance.now();
  const drawn = await drawStory(story, theme);
  try {
    // The story drew something, and the theme switcher reached its elements.
    expect(drawn.canvas.querySelector('[data-crm-sb-canvas] > *'), `${story.id}: nothing drawn`).to.exist;
    const elements = [...drawn.canvas.querySelectorAll('[data-crm-sb-canvas] [theme]')].filter((el) => el.localName.startsWith('crm-'));
    if (theme === 'dark' && story.meta.component) expect(elements.some((el) => el.getAttribute('theme') === 'dark'), `${story.id}: no element in the dark theme`).to.equal(true);
    const violations = await axeViolations(drawn.canvas);
    expect(violations, `${story.id} in ${theme}`).to.deep.equal([]);
    expect(errors, `${story.id} in ${theme}: uncaught errors`).to.deep.equal([]);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    drawn.cleanUp();
    const ms = performance.now() - start;
    if (ms > 2000) console.log(`axe-stories: ${story.id} (${theme}) took ${Math.round(ms)} ms`);
  }
}
