/**
 * Support tickets: opened by customers, answered after hours, resolved after a number of
 * contacts (one, most often: first contact resolution), each agent at their own pace. A few
 * stay in the backlog, and the latest ones are still open when the span ends. Resolved
 * tickets sometimes get a CSAT or CES survey.
 */
import { HOUR } from './calendar.js';
import { cumulative, integer, lognormal, weightedIndex } from './distributions.js';
import { rowId, toSecond } from './ids.js';
import { AGENTS } from './names.js';
import type { Random } from './random.js';
import type { TicketRow } from './rows.js';
import { monthIndex } from './span.js';
import { addSurvey, cesScore, csatScore } from './surveys.js';
import type { World } from './world.js';

/** Contacts until resolved: 1 to 5. */
const CONTACT_SUMS = cumulative([0.6, 0.19, 0.11, 0.06, 0.04]);
/** Each agent's time multiplier (lower is faster), in AGENTS order. */
const AGENT_PACE: readonly number[] = [0.7, 1, 1.3, 0.9, 1.6, 1.1];
/** Share of tickets left unresolved in the backlog. */
const BACKLOG = 0.02;

export function openTicket(world: World, rng: Random, account: number, openedAt: number): void {
  const last = world.span.last;
  const contacts = weightedIndex(rng, CONTACT_SUMS) + 1;
  const agent = integer(rng, AGENTS.length);
  const pace = AGENT_PACE[agent]!;
  const firstResponseAt = openedAt + lognormal(rng, 3 * HOUR * pace, 1);
  const resolvedAt = rng.next() < BACKLOG ? Number.POSITIVE_INFINITY : firstResponseAt + lognormal(rng, 10 * HOUR * contacts * pace, 0.8);
  const id = rowId('tkt-', world.tickets.length + 1);
  const opened = toSecond(openedAt);
  const accountId = world.accounts.ids[account]!;
  const name = AGENTS[agent]!;
  // Resolution comes after the first response, so a resolved ticket has both.
  const row: TicketRow =
    resolvedAt <= last
      ? { id, openedAt: opened, firstResponseAt: toSecond(firstResponseAt), resolvedAt: toSecond(resolvedAt), contacts, agent: name, accountId }
      : firstResponseAt <= last
        ? { id, openedAt: opened, firstResponseAt: toSecond(firstResponseAt), contacts, agent: name, accountId }
        : { id, openedAt: opened, contacts, agent: name, accountId };
  world.tickets.push(row);
  world.tallies.ticketsOpened[monthIndex(world.span, openedAt)]!++;
  if (resolvedAt > last) return;
  const satisfaction = world.accounts.satisfaction[account]!;
  const u = rng.next();
  const surveyAt = resolvedAt + lognormal(rng, 4 * HOUR, 0.8);
  if (surveyAt > last) return;
  if (u < 0.5) addSurvey(world, surveyAt, 'csat', csatScore(rng, satisfaction, contacts), account);
  else if (u < 0.75) addSurvey(world, surveyAt, 'ces', cesScore(rng, satisfaction, contacts), account);
}
