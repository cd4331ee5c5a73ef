import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run analyze`; Storybook's docs tables and controls
// read attributes, properties, events, slots, parts and CSS properties from it.
import customElements from '../custom-elements.json' with { type: 'json' };
import { manifestArgsDecorator, renderFromManifest } from './apply-args.js';
import { extractArgTypes, extractComponentDescription } from './arg-types.js';
import { ThemedDocsContainer } from './docs-container.js';
import { THEME_GLOBAL, themeDecorator } from './themes.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  // A story that names a `component` and has no render draws the element with every arg.
  render: renderFromManifest,
  // The first is innermost: args are applied to the story's elements before the theme is.
  decorators: [manifestArgsDecorator, themeDecorator],
  globalTypes: {
    [THEME_GLOBAL]: {
      description: 'Theme of the crm elements and the canvas',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'brand', title: 'Brand (a vendor’s tokens)', icon: 'star' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { [THEME_GLOBAL]: 'light' },
  parameters: {
    controls: { expanded: true },
    // The theme switcher paints the canvas; a second background picker would fight it.
    backgrounds: { disable: true },
    docs: {
      // The manifest read through element-api.ts: public API only, a control per type.
      extractArgTypes,
      extractComponentDescription,
      container: ThemedDocsContainer,
    },
  },
};

export default preview;
