// axe-core: zero violations in every story, light and dark (issue #11); shard 4 of 4 (the
// stories of every fourth element of custom-elements.json; see lifecycle/axe-stories.ts).
import { axeStories } from './lifecycle/axe-stories.js';

await axeStories(3);
