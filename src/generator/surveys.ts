/**
 * Survey answers driven by an account's latent satisfaction (standard normal): NPS 0–10,
 * CSAT 1–5 (share of 4–5 is the metric), CES 1–7 on the CES 2.0 agreement scale ("the company
 * made it easy to handle my issue": 7 is easiest). Tickets that took many contacts score worse.
 */
import { clamp, normal } from './distributions.js';
import { toSecond } from './ids.js';
import type { Random } from './random.js';
import type { SurveyRow } from './rows.js';
import type { World } from './world.js';

/** Mean 7.7 at average satisfaction: about 40% promoters, 30% passives, 30% detractors. */
export function npsScore(rng: Random, satisfaction: number): number {
  return clamp(Math.round(7.7 + 2.1 * satisfaction + normal(rng, 0, 1.2)), 0, 10);
}

export function csatScore(rng: Random, satisfaction: number, contacts: number): number {
  return clamp(Math.round(4.1 + 0.8 * satisfaction - 0.35 * (contacts - 1) + normal(rng, 0, 0.6)), 1, 5);
}

export function cesScore(rng: Random, satisfaction: number, contacts: number): number {
  return clamp(Math.round(5.3 + 0.9 * satisfaction - 0.45 * (contacts - 1) + normal(rng, 0, 0.8)), 1, 7);
}

const SCALE: Readonly<Record<SurveyRow['kind'], number>> = { nps: 10, ces: 7, csat: 5 };

export function addSurvey(world: World, at: number, kind: SurveyRow['kind'], score: number, account: number): void {
  world.surveys.push({ at: toSecond(at), kind, score, scale: SCALE[kind], accountId: world.accounts.ids[account]! });
}
