// Storybook builds an app from stories, not the library: it merges vite.config.ts, so the
// library-only parts of that config are taken out here (Storybook already ignores `build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

/** Plugins that only make sense for the npm build (declaration files). */
const LIBRARY_ONLY_PLUGINS = new Set(['unplugin-dts', 'vite:dts']);

/** Vite accepts nested arrays and promises of plugins; flatten them before filtering by name. */
async function withoutLibraryPlugins(plugins: PluginOption[] = []): Promise<PluginOption[]> {
  const kept: PluginOption[] = [];
  for (const option of plugins) {
    const plugin = await option;
    if (Array.isArray(plugin)) kept.push(...(await withoutLibraryPlugins(plugin)));
    else if (plugin && 'name' in plugin && LIBRARY_ONLY_PLUGINS.has(plugin.name)) continue;
    else kept.push(plugin);
  }
  return kept;
}

// The CRM Sales Opportunities pipeline states no licence, so it is never copied into the repo:
// Storybook serves it from the workshop folder beside the repository when that is there.
const crmPipeline = fileURLToPath(new URL('../../shared/refdata/crm-sales-opportunities', import.meta.url));

// The vendored data sets (CDNOW, Online Retail, Telco; gzip, licences in its README) ship with
// the repository, so their stories work from a clone alone: fetch and DecompressionStream('gzip').
const vendored = fileURLToPath(new URL('../test/fixtures/refdata', import.meta.url));

const config: StorybookConfig = {
  staticDirs: [
    { from: vendored, to: '/refdata/vendored' },
    ...(existsSync(crmPipeline) ? [{ from: crmPipeline, to: '/refdata/crm-sales-opportunities' }] : []),
  ],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { lib: _lib, ...build } = viteConfig.build ?? {};
    return {
      ...viteConfig,
      plugins: await withoutLibraryPlugins(viteConfig.plugins),
      // `build-storybook` runs quiet: Vite's per-chunk listing of Storybook's own files is noise.
      logLevel: 'warn',
      // Storybook's own manager and docs chunks are large; that is not the kit's budget
      // (`npm run size` is), so do not warn about them on every build.
      build: { ...build, chunkSizeWarningLimit: 2000 },
      // Storybook's web-components renderer imports `lit/directive-helpers.js`; unless it is
      // pre-bundled with `lit`, `storybook dev` loads two copies of lit-html ("Multiple
      // versions of Lit loaded") and templates from a story meet a second renderer.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
