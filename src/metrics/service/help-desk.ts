import { defineMetric } from '../metric-module.js';
import type { HelpDeskResult } from './help-desk-result.js';
import { summarizeHelpDesk } from './help-desk-summary.js';
import { periodWindows } from '../period-windows.js';

export type { HelpDeskAgent, HelpDeskPoint, HelpDeskResult, HelpDeskSummary } from './help-desk-result.js';

/**
 * Help desk (seed 004: "agent performance, ticket queue as well as ticket analysis"):
 *
 * - `open`: the queue as of `to` (else the data's last instant, `asOf`): tickets opened before
 *   it and not resolved before it, whenever they were opened (`from` does not limit a backlog),
 *   by age `asOf − openedAt` in bands `<1d`, `1–3d`, `3–7d`, `7–30d`, `>30d` (an age equal to
 *   a band's start belongs to it).
 * - `firstResponseHours`, `resolutionHours`: count, median, mean and p90 (linear
 *   interpolation, R-7) of `firstResponseAt − openedAt` and `resolvedAt − openedAt` in hours,
 *   over tickets opened in [from, to), responded or resolved so far.
 * - `fcr`: first contact resolution `over-resolved` (tickets resolved in [from, to)).
 * - `byAgent`: the same per agent (`null` for tickets without one), most tickets first.
 *
 * Tickets have no owner of their own: segment and owner filters go through the account.
 * With `period`, `series` has one point per period (its queue taken at the period's end).
 * Empty base: counts 0, medians, means and rates `null`.
 */
export const helpDesk = defineMetric({
  id: 'help-desk',
  family: 'service',
  definitions: ['tickets'],
  options: [],
  kind: 'rich',
  compute(scope): HelpDeskResult {
    const result: HelpDeskResult = summarizeHelpDesk(scope);
    if (scope.period) {
      result.period = scope.period;
      result.series = periodWindows(scope).map(({ start, from, to }) => {
        const s = summarizeHelpDesk(scope.narrow(from, to));
        return { start, opened: s.opened, open: s.open.count, medianFirstResponseHours: s.firstResponseHours.median, medianResolutionHours: s.resolutionHours.median, fcr: s.fcr.value };
      });
    }
    return result;
  },
});
