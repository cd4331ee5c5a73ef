/** The shape `help-desk` returns (documented in help-desk.ts). */
import type { Period } from '../../table/index.js';
import type { ScalarResult } from '../result.js';
import type { DurationStats } from './duration-stats.js';
import type { AgeBand } from './ticket-age.js';

export interface HelpDeskAgent {
  /** The agent's name; `null` gathers the tickets without an agent. */
  agent: string | null;
  /** Tickets opened in the range. */
  tickets: number;
  /** Tickets resolved in the range (the FCR base). */
  resolved: number;
  /** Of those, resolved with one contact. */
  firstContactResolved: number;
  /** Tickets in the queue as of `asOf`. */
  open: number;
  medianFirstResponseHours: number | null;
  medianResolutionHours: number | null;
  /** firstContactResolved / resolved; `null` with none resolved. */
  fcr: number | null;
}

export interface HelpDeskSummary {
  /** The instant the open queue is taken at (epoch ms): `to`, else the data's last instant; `null` with no data. */
  asOf: number | null;
  /** Tickets opened in the range. */
  opened: number;
  open: { count: number; byAge: { band: AgeBand; count: number }[] };
  /** Hours from opening to first response, of tickets opened in the range that got one. */
  firstResponseHours: DurationStats;
  /** Hours from opening to resolution, of tickets opened in the range and resolved. */
  resolutionHours: DurationStats;
  /** First contact resolution, `over-resolved`. */
  fcr: ScalarResult;
  /** Every agent with a ticket opened, resolved or open; most tickets first. */
  byAgent: HelpDeskAgent[];
}

export interface HelpDeskPoint {
  start: string;
  opened: number;
  /** The queue at the period's end. */
  open: number;
  medianFirstResponseHours: number | null;
  medianResolutionHours: number | null;
  fcr: number | null;
}

export interface HelpDeskResult extends HelpDeskSummary {
  /** With the `period` option: one point per period. */
  period?: Period;
  series?: HelpDeskPoint[];
}
