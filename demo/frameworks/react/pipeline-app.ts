/**
 * The React example: a dashboard with a funnel, its state kept in React.
 *
 * - Properties in: `data` (an object) and `definition` (React state) are props; @lit/react sets
 *   them as element properties, and a new definition recomputes the funnel in place.
 * - Events out: `onCrmSelect` puts the selected stage and its deal ids in React state, shown
 *   below the chart; `onCrmRender` carries the drawn result, whose win rate the page shows.
 *
 * Written with `React.createElement` so that it runs without a JSX step; in an app, the same
 * in JSX, importing from `crm-kit/react`:
 *
 *     <CrmDashboard data={data} locale={locale}>
 *       <CrmFunnel definition={definition} toolbar onCrmSelect={onSelect} onCrmRender={onRender} />
 *     </CrmDashboard>
 */
import React from 'react';
import type { CrmRenderEvent, CrmSelectDetail, CrmSelectEvent } from '../../../src/events/index.js';
import type { FunnelResult } from '../../../src/metrics/sales/funnel.js';
import { CrmDashboard, CrmFunnel } from '../../../src/react/index.js';

const h = React.createElement;

/** The funnel's win rate definitions, as the radio buttons offer them. */
const DEFINITIONS = [
  { value: 'won-over-closed', label: 'Of the closed deals: won / (won + lost)' },
  { value: 'won-over-all', label: 'Of all deals: won / created' },
] as const;

type WinRateDefinition = (typeof DEFINITIONS)[number]['value'];

/** Deal ids listed under the selection; the count says how many there are in all. */
const LISTED_IDS = 8;

export interface PipelineAppProps {
  /** The canonical dataset (or anything `parseDataset` takes). */
  data: unknown;
  /** BCP 47 locale for the dashboard and the figures on the page. */
  locale?: string;
}

/** Words for the current selection, e.g. "Qualified: 2 deals (d1, d2)". */
export function selectionText(selection: CrmSelectDetail | null): string {
  if (!selection || selection.key === null) return 'No stage selected.';
  const listed = selection.ids.slice(0, LISTED_IDS).join(', ');
  const more = selection.ids.length > LISTED_IDS ? ', …' : '';
  const deals = selection.ids.length === 1 ? 'deal' : 'deals';
  return `${selection.key}: ${selection.ids.length} ${deals} (${listed}${more})`;
}

/** The example's page: the win rate choice, the dashboard with its funnel, and what the events said. */
export function PipelineApp({ data, locale = 'en-US' }: PipelineAppProps): React.ReactElement {
  const [definition, setDefinition] = React.useState<WinRateDefinition>('won-over-closed');
  const [selection, setSelection] = React.useState<CrmSelectDetail | null>(null);
  const [winRate, setWinRate] = React.useState<number | null>(null);
  const percent = React.useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }), [locale]);

  const onSelect = (event: CrmSelectEvent): void => setSelection(event.detail.key === null ? null : event.detail);
  const onRender = (event: CrmRenderEvent<FunnelResult>): void => setWinRate(event.detail.result.winRate.value);

  return h(
    'main',
    { className: 'example' },
    h('h1', null, 'Pipeline — React'),
    h(
      'fieldset',
      { className: 'choices' },
      h('legend', null, 'Win rate'),
      DEFINITIONS.map((option) =>
        h(
          'label',
          { key: option.value },
          h('input', { type: 'radio', name: 'definition', value: option.value, checked: definition === option.value, onChange: () => setDefinition(option.value) }),
          ` ${option.label}`,
        ),
      ),
    ),
    h(
      CrmDashboard,
      { data, locale },
      // The whole row of the dashboard's grid (what the `full` attribute asks for in HTML).
      h(CrmFunnel, { definition, toolbar: true, style: { gridColumn: '1 / -1' }, onCrmSelect: onSelect, onCrmRender: onRender }),
    ),
    h(
      'dl',
      { className: 'readout' },
      h('dt', null, 'Selected stage'),
      h('dd', null, h('output', { 'aria-live': 'polite', className: 'selection' }, selectionText(selection))),
      h('dt', null, 'Win rate drawn'),
      h('dd', null, h('output', { className: 'win-rate' }, winRate === null ? '—' : percent.format(winRate))),
    ),
  );
}
