/**
 * A dashboard's filters in the page's URL (`sync-url`), so that a view can be shared as a link:
 * `?crm-from=2025-01-01&crm-to=2025-04-01&crm-segment=SMB`. The names carry a prefix so they
 * never collide with the page's own parameters; a dashboard with an `id` adds it
 * (`crm-sales-from`), so two dashboards on a page keep their own state.
 */
import { PERIODS, type Period } from '../table/index.js';
import type { DashboardFilters } from './dashboard-context.js';

export const URL_FILTERS = ['from', 'to', 'segment', 'owner', 'period'] as const satisfies readonly (keyof DashboardFilters)[];

const paramName = (prefix: string, name: string) => `${prefix}${name}`;

export function urlPrefix(dashboardId: string): string {
  return dashboardId ? `crm-${dashboardId}-` : 'crm-';
}

/** The filters a URL's query states; a period that is not one of PERIODS is ignored, not guessed. */
export function readUrlFilters(search: string, prefix: string): DashboardFilters {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const name of URL_FILTERS) {
    const value = params.get(paramName(prefix, name));
    if (value === null || value === '') continue;
    if (name === 'period' && !(PERIODS as readonly string[]).includes(value)) continue;
    filters[name] = value;
  }
  return filters as DashboardFilters & { period?: Period };
}

/** `search` with the filters written in (set ones replaced, unset ones removed; other parameters kept). */
export function writeUrlFilters(search: string, prefix: string, filters: DashboardFilters): string {
  const params = new URLSearchParams(search);
  for (const name of URL_FILTERS) {
    const value = filters[name];
    if (value) params.set(paramName(prefix, name), value);
    else params.delete(paramName(prefix, name));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
