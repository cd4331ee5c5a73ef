// @custom-elements-manifest/analyzer: the elements' class JSDoc (`@summary @slot @csspart
// @cssprop @fires`) is the API's single source; `npm run analyze` turns it into the top-level
// custom-elements.json that Storybook and editors read. `scripts/check-manifest.mjs` runs this
// same config to tell whether the committed manifest is stale.
export default {
  // Only the elements: the manifest describes tags, not the data engine behind them.
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file glob returns them, which varied on a
      // loaded machine and made the committed manifest look stale. Sorted by path, it is stable.
      name: 'crm-kit:sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
