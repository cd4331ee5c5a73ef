/**
 * The Vue 3 example: a dashboard with a funnel, its state kept in Vue.
 *
 * - Properties in: `:data.prop` hands the dataset object to the dashboard as a property (an
 *   attribute would turn it into "[object Object]"), `:definition.prop` the funnel's win rate
 *   definition; a new one recomputes the funnel in place.
 * - Events out: `@crm-select` and `@crm-render` listen to the elements' DOM events, whose
 *   `detail` carries the selected deal ids and the drawn result.
 * - `isCustomElement` tells Vue's template compiler that `crm-*` tags are custom elements, not
 *   Vue components to resolve. (Compiling in the browser, Vue falls back to the tags already
 *   registered when the template compiles; the setting makes it independent of load order, and
 *   compiling ahead, as single-file components do, it is the only way.)
 *
 * The template is compiled in the browser, so Vue must be its full build (with the compiler):
 * `vue/dist/vue.esm-bundler.js` under a bundler (the Vite config here aliases `vue` to it),
 * `vue/dist/vue.esm-browser.js` without one. With single-file components, set
 * `isCustomElement` in `@vitejs/plugin-vue`'s `template.compilerOptions` instead.
 */
import { createApp, defineComponent, type App, type PropType } from 'vue';
// Registers the two tags the template uses (in an app: `import 'crm-kit/elements/dashboard'`).
import '../../../src/elements/dashboard/define.js';
import '../../../src/elements/funnel/define.js';
import type { CrmRenderEvent, CrmSelectDetail, CrmSelectEvent } from '../../../src/events/index.js';
import type { FunnelResult } from '../../../src/metrics/sales/funnel.js';

/** Tags Vue must leave to the browser: every element of the kit. */
export const isCrmElement = (tag: string): boolean => tag.startsWith('crm-');

/** The funnel's win rate definitions, as the radio buttons offer them. */
const DEFINITIONS = [
  { value: 'won-over-closed', label: 'Of the closed deals: won / (won + lost)' },
  { value: 'won-over-all', label: 'Of all deals: won / created' },
] as const;

/** Deal ids listed under the selection; the count says how many there are in all. */
const LISTED_IDS = 8;

/** The example's page: the win rate choice, the dashboard with its funnel, and what the events said. */
export const PipelineApp = defineComponent({
  name: 'PipelineApp',
  props: {
    /** The canonical dataset (or anything `parseDataset` takes); handed over as it is. */
    dataset: { type: Object as PropType<object>, required: true },
    /** BCP 47 locale for the dashboard and the figures on the page. */
    locale: { type: String, default: 'en-US' },
  },
  data() {
    return {
      definitions: DEFINITIONS,
      definition: 'won-over-closed' as (typeof DEFINITIONS)[number]['value'],
      selection: null as CrmSelectDetail | null,
      winRate: null as number | null,
    };
  },
  computed: {
    selectionText(): string {
      const selection = this.selection;
      if (!selection || selection.key === null) return 'No stage selected.';
      const listed = selection.ids.slice(0, LISTED_IDS).join(', ');
      const more = selection.ids.length > LISTED_IDS ? ', …' : '';
      return `${selection.key}: ${selection.ids.length} ${selection.ids.length === 1 ? 'deal' : 'deals'} (${listed}${more})`;
    },
    winRateText(): string {
      return this.winRate === null ? '—' : new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 }).format(this.winRate);
    },
  },
  methods: {
    onSelect(event: CrmSelectEvent): void {
      this.selection = event.detail.key === null ? null : event.detail;
    },
    onRender(event: CrmRenderEvent<FunnelResult>): void {
      this.winRate = event.detail.result.winRate.value;
    },
  },
  template: `
    <main class="example">
      <h1>Pipeline — Vue</h1>
      <fieldset class="choices">
        <legend>Win rate</legend>
        <label v-for="option in definitions" :key="option.value">
          <input type="radio" name="definition" :value="option.value" v-model="definition" /> {{ option.label }}
        </label>
      </fieldset>
      <crm-dashboard :data.prop="dataset" :locale="locale">
        <crm-funnel :definition.prop="definition" toolbar full @crm-select="onSelect" @crm-render="onRender"></crm-funnel>
      </crm-dashboard>
      <dl class="readout">
        <dt>Selected stage</dt>
        <dd><output aria-live="polite" class="selection">{{ selectionText }}</output></dd>
        <dt>Win rate drawn</dt>
        <dd><output class="win-rate">{{ winRateText }}</output></dd>
      </dl>
    </main>
  `,
});

/** A Vue app of the example, told about the kit's custom elements; mount it where you like. */
export function createPipelineApp(props: { dataset: object; locale?: string }): App {
  const app = createApp(PipelineApp, props);
  app.config.compilerOptions.isCustomElement = isCrmElement;
  return app;
}
