// Docs pages follow the theme switcher too: the stories on them are themed by the decorator
// (themes.ts); this container themes the page around them, so a dark story does not sit on a
// white page. Written with createElement: the project compiles no JSX.
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { createElement, useEffect, useState, type PropsWithChildren, type ReactElement } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { create, themes, type ThemeVars } from 'storybook/theming';
import { TOKENS } from '../src/themes/tokens.js';
import { BRAND_TOKENS, CANVAS, THEME_GLOBAL, themeName, type ThemeName } from './themes.js';

// Muted text in the kit's own muted colours: Storybook's default greys are below 4.5:1 on
// the args tables' section headers (axe: color-contrast), in light and in dark.
const DOCS_THEMES: Record<ThemeName, ThemeVars> = {
  light: { ...themes.light, textMutedColor: TOKENS['--crm-color-text-muted'][0] },
  dark: { ...themes.dark, appContentBg: CANVAS.dark.background, textMutedColor: TOKENS['--crm-color-text-muted'][1] },
  brand: create({
    base: 'light',
    brandTitle: 'crm-kit',
    colorPrimary: BRAND_TOKENS['--crm-color-accent'],
    colorSecondary: BRAND_TOKENS['--crm-color-accent'],
    appBg: BRAND_TOKENS['--crm-color-surface-raised'],
    appContentBg: BRAND_TOKENS['--crm-color-surface'],
    appBorderColor: BRAND_TOKENS['--crm-color-border'],
    appBorderRadius: 12,
    textColor: BRAND_TOKENS['--crm-color-text'],
    textMutedColor: BRAND_TOKENS['--crm-color-text-muted'],
    fontBase: BRAND_TOKENS['--crm-font-family'],
  }),
};

interface GlobalsStoreHolder {
  store?: { userGlobals?: { get?: () => Record<string, unknown> } };
}

/**
 * The theme when the page opens. Later changes arrive as GLOBALS_UPDATED on the channel; the
 * value before the first one is only in the preview's store (not a public API, hence the
 * guards: without it the page starts light and still follows every change).
 */
function initialTheme(context: DocsContainerProps['context']): ThemeName {
  try {
    return themeName((context as unknown as GlobalsStoreHolder).store?.userGlobals?.get?.()[THEME_GLOBAL]);
  } catch {
    return 'light';
  }
}

export function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>): ReactElement {
  const { context } = props;
  const [theme, setTheme] = useState(() => initialTheme(context));
  useEffect(() => {
    const onGlobals = ({ globals }: { globals: Record<string, unknown> }) => setTheme(themeName(globals[THEME_GLOBAL]));
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    return () => context.channel.off(GLOBALS_UPDATED, onGlobals);
  }, [context]);
  useEffect(() => {
    // The docs page's own body, under the container, in the same colour as the container.
    document.body.style.background = DOCS_THEMES[theme].appContentBg ?? '';
    document.documentElement.style.colorScheme = CANVAS[theme].scheme;
  }, [theme]);
  return createElement(DocsContainer, { ...props, theme: DOCS_THEMES[theme] }, props.children);
}
