/**
 * The numbers of each sales-cycle panel as one table (table view, CSV, screen readers), and
 * each mark's tooltip: words only, from the engine's result.
 */
import type { TooltipContent } from '../../controllers/tooltip-controller.js';
import type { Formatters } from '../../format/formatters.js';
import type { SalesCycleResult } from '../../metrics/sales/sales-cycle.js';
import type { Period } from '../../table/index.js';
import { periodLabel } from '../kpi/period-label.js';
import type { Cell, TableData } from '../shared/table-data.js';
import { binWords, ownerKey, stageNames, wonDeals, type SalesCyclePanel } from './sales-cycle-layout.js';

export const PANEL_NAMES: Record<SalesCyclePanel, string> = {
  distribution: 'Distribution',
  trend: 'Median by period',
  stages: 'Time in stage',
  owners: 'By owner',
};

const days = { numeric: true };

export function panelTable(result: SalesCycleResult, panel: SalesCyclePanel, period: Period, f: Formatters): TableData {
  const rows: Cell[][] = [];
  const text: string[][] = [];
  const add = (raw: Cell[], shown: string[]) => {
    rows.push(raw);
    text.push(shown);
  };
  switch (panel) {
    case 'distribution': {
      for (const bin of result.histogram) {
        const share = result.count ? bin.count / result.count : null;
        add([binWords(bin, f), bin.from, bin.to, bin.count, share], [binWords(bin, f), f.number(bin.from, 0), f.number(bin.to, 0), f.count(bin.count), f.percent(share)]);
      }
      for (const [name, value] of [['Median', result.median], ['Mean', result.mean], ['90th percentile', result.p90]] as const) {
        add([name, value, null, null, null], [name, f.number(value), '', '', '']);
      }
      const columns = [{ label: 'Days to won' }, { label: 'Days', ...days }, { label: 'To (excluded)', ...days }, { label: 'Won deals', numeric: true }, { label: 'Share', numeric: true }];
      return { caption: `Sales cycle: ${f.count(result.count)} won deals by days from created to won`, columns, rows, text };
    }
    case 'trend': {
      for (const p of result.series ?? []) {
        const label = periodLabel(p.start, period, f);
        add([label, p.start, p.count, p.median, p.mean], [label, p.start, f.count(p.count), f.number(p.median), f.number(p.mean)]);
      }
      const columns = [{ label: 'Period' }, { label: 'Starts' }, { label: 'Won deals', numeric: true }, { label: 'Median days', ...days }, { label: 'Mean days', ...days }];
      return { caption: `Sales cycle by ${period} of close`, columns, rows, text };
    }
    case 'stages': {
      const names = stageNames(result);
      for (const p of result.timeInStage ?? []) {
        const label = periodLabel(p.start, period, f);
        add([label, p.start, ...p.stages.map((s) => s.medianDays)], [label, p.start, ...p.stages.map((s) => f.number(s.medianDays))]);
      }
      const columns = [{ label: 'Period' }, { label: 'Starts' }, ...names.map((name) => ({ label: `${name} (median days)`, ...days }))];
      return { caption: `Median days in each stage of the deals won, by ${period} of close`, columns, rows, text };
    }
    case 'owners': {
      for (const o of result.byOwner) add([ownerKey(o.owner), o.count, o.median, o.mean], [ownerKey(o.owner), f.count(o.count), f.number(o.median), f.number(o.mean)]);
      const columns = [{ label: 'Owner' }, { label: 'Won deals', numeric: true }, { label: 'Median days', ...days }, { label: 'Mean days', ...days }];
      return { caption: 'Sales cycle by owner', columns, rows, text };
    }
  }
}

export function markTooltip(result: SalesCycleResult, panel: SalesCyclePanel, period: Period, index: number, f: Formatters): TooltipContent | undefined {
  switch (panel) {
    case 'distribution': {
      const bin = result.histogram[index];
      if (!bin) return undefined;
      const inside = ([['Median', result.median], ['Mean', result.mean], ['90th percentile', result.p90]] as const)
        .filter(([, v]) => v !== null && v >= bin.from && v < bin.to)
        .map(([name, v]) => `${name} (${f.days(v)}) falls here`);
      return { title: binWords(bin, f), lines: [`${wonDeals(bin.count, f)} (${f.percent(result.count ? bin.count / result.count : null)} of ${f.count(result.count)})`, ...inside] };
    }
    case 'trend': {
      const p = result.series?.[index];
      if (!p) return undefined;
      return { title: periodLabel(p.start, period, f), lines: p.count === 0 ? ['No won deals'] : [`Median ${f.days(p.median)}`, `Mean ${f.days(p.mean)}`, wonDeals(p.count, f)] };
    }
    case 'stages': {
      const p = result.timeInStage?.[index];
      if (!p) return undefined;
      return { title: periodLabel(p.start, period, f), lines: p.stages.map((s) => `${s.stage}: ${s.medianDays === null ? '— (no finished stays)' : `median ${f.days(s.medianDays)} (${f.count(s.stays)} stays)`}`) };
    }
    case 'owners': {
      const o = result.byOwner[index];
      if (!o) return undefined;
      return { title: ownerKey(o.owner), lines: [`Median ${f.days(o.median)}`, `Mean ${f.days(o.mean)}`, wonDeals(o.count, f)] };
    }
  }
}
