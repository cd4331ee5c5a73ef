/**
 * What `<crm-dashboard>` gives every crm element inside it, through @lit/context: the one
 * dataset it loaded (as each element should see it), the shared filters, the presentation
 * settings, and the current cross-filter selection.
 *
 * An element's own attributes always win over these; an element outside a dashboard never sees
 * this context and works alone.
 */
import { ContextRoot, createContext } from '@lit/context';
import type { LoadedData } from '../controllers/data-source-controller.js';
import type { Period } from '../table/index.js';

/** The dashboard's data as an element inherits it: still loading, failed, or ready. */
export type InheritedData =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error }
  | { readonly state: 'ready'; readonly loaded: LoadedData };

/** Filters shared by every element of a dashboard; an unset field filters nothing. */
export interface DashboardFilters {
  /** First day or instant included (`YYYY-MM-DD` is local midnight in the time zone). */
  readonly from?: string;
  /** First day or instant excluded. */
  readonly to?: string;
  readonly segment?: string;
  readonly owner?: string;
  /** Grouping for series (`week`, `month`, `quarter`, …), for elements that draw one. */
  readonly period?: Period;
}

/** A cross-filter: what one element selected, applied to all the others. */
export interface DashboardSelection {
  /** The element the selection was made in; it keeps the unfiltered data to show it. */
  readonly source: Element;
  /** The element's own name of it: a stage, a cohort cell, a quadrant. */
  readonly key: string;
  readonly table: 'deals' | 'accounts';
  readonly ids: readonly string[];
  /** Words for the chip, e.g. "Pipeline funnel: Proposal (412 deals)". */
  readonly label: string;
}

export interface DashboardContext {
  readonly filters: DashboardFilters;
  readonly locale: string | undefined;
  readonly currency: string | undefined;
  readonly timeZone: string | undefined;
  readonly theme: 'light' | 'dark' | undefined;
  readonly selection: DashboardSelection | null;
  /** The day the date presets count back from (`YYYY-MM-DD`); undefined: the data's last day. */
  readonly asOf: string | undefined;
  /** The dashboard's data, not cross-filtered (what filter pickers list). */
  readonly data: InheritedData | undefined;
  /** The data as `element` sees it: cross-filtered by the selection, unless it made it. */
  dataFor(element: Element): InheritedData | undefined;
  /** Change some filters (an `undefined` field clears that filter). */
  setFilters(change: Partial<Record<keyof DashboardFilters, string | undefined>>): void;
  clearSelection(): void;
}

export const dashboardContext = createContext<DashboardContext | undefined>(Symbol('crm-dashboard'));

/**
 * Elements upgrade in the order their tags are defined, so a `<crm-funnel>` already in the page
 * can connect — and ask for the dashboard's context — before `<crm-dashboard>` is defined and
 * able to answer. A ContextRoot on the document keeps such unanswered requests and replays them
 * when a provider appears. One per document, however many copies of the kit are loaded.
 */
const ROOT = Symbol.for('crm-kit.context-root');
if (typeof document !== 'undefined' && !(ROOT in document)) {
  new ContextRoot().attach(document.documentElement);
  Object.defineProperty(document, ROOT, { value: true });
}
