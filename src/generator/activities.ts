/** Adding activity rows: calls, emails, meetings, web visits and chats of the sales team. */
import { toSecond, rowId } from './ids.js';
import { ACTIVITY_TYPES } from './model.js';
import { OWNERS } from './names.js';
import type { ActivityRow } from './rows.js';
import type { World } from './world.js';

/**
 * @param type index into ACTIVITY_TYPES
 * @param owner index into OWNERS
 * @param responded only for outbound attempts: did the prospect or customer answer?
 */
export function addActivity(
  world: World,
  at: number,
  type: number,
  outbound: boolean,
  owner: number,
  account: number,
  dealId: string | undefined,
  responded: boolean | undefined,
): void {
  const row: ActivityRow = {
    id: rowId('act-', world.activities.length + 1),
    at: toSecond(at),
    type: ACTIVITY_TYPES[type]!,
    direction: outbound ? 'outbound' : 'inbound',
    owner: OWNERS[owner]!,
    accountId: world.accounts.ids[account]!,
  };
  if (dealId !== undefined) row.dealId = dealId;
  if (responded !== undefined) row.responded = responded;
  world.activities.push(row);
}
