/**
 * The prospects who have not answered `streak` or more attempts in a row, as a table whose rows
 * select that prospect (a button per row, `aria-pressed` on the selected one). Longest silence
 * first; the first `limit` rows, with a button for the rest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../format/formatters.js';
import type { EngagementResult, UnansweredProspect } from '../../metrics/sales/engagement.js';
import type { CrmTable } from '../../table/index.js';

/** The prospect's key in `crm-select`: its account id, else its deal id. */
export const prospectKey = (p: UnansweredProspect): string => (p.accountId ?? p.dealId) as string;

/** The account's name when the data has one, else its id; a deal without account by its id. */
export function prospectName(table: CrmTable, p: UnansweredProspect): string {
  if (p.accountId === null) return `Deal ${p.dealId}`;
  const row = table.accounts.ids.codeOf(p.accountId);
  return (row >= 0 ? table.accounts.name[row] : undefined) ?? p.accountId;
}

export interface UnansweredListOptions {
  engagement: EngagementResult;
  table: CrmTable;
  limit: number;
  showAll: boolean;
  selected: string | null;
  format: Formatters;
  select(prospect: UnansweredProspect): void;
  toggleAll(): void;
  /** Escape inside the list clears the selection. */
  keydown(event: KeyboardEvent): void;
}

export function unansweredList({ engagement, table, limit, showAll, selected, format: f, select, toggleAll, keydown }: UnansweredListOptions): TemplateResult {
  const { unanswered, streak } = engagement;
  const caption = `Prospects with ${f.count(streak)} or more unanswered attempts in a row`;
  if (unanswered.length === 0) return html`<p class="note" part="prospects">${caption}: none.</p>`;
  const shown = showAll ? unanswered : unanswered.slice(0, limit);
  return html`<div class="prospects" part="prospects" @keydown=${keydown}>
    <table>
      <caption>${caption} (${f.count(unanswered.length)})</caption>
      <thead><tr><th scope="col">Prospect</th><th scope="col">Unanswered in a row</th><th scope="col">Last attempt</th></tr></thead>
      <tbody>
        ${shown.map((p) => {
          const on = prospectKey(p) === selected;
          return html`<tr class=${on ? 'selected' : ''}>
            <th scope="row"><button type="button" class="toggle" aria-pressed=${on ? 'true' : 'false'} @click=${() => select(p)}>${prospectName(table, p)}</button></th>
            <td>${f.count(p.streak)}</td>
            <td>${f.date(p.lastAttempt)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${unanswered.length > limit ? html`<button type="button" class="toggle more" aria-expanded=${showAll ? 'true' : 'false'} @click=${toggleAll}>${showAll ? `Show the first ${f.count(limit)}` : `Show all ${f.count(unanswered.length)}`}</button>` : nothing}
  </div>`;
}
