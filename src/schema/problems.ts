/**
 * Problems found in a dataset: each names where it is (`deals[17].closedAt`), the rule it
 * breaks, and the offending value, shortened so that a 10 MB string cannot flood a message.
 */

/** The rules a dataset is checked against; stable strings that code may switch on. */
export type ProblemRule =
  | 'not-a-dataset'
  | 'not-a-list'
  | 'unknown-table'
  | 'column-length'
  | 'type'
  | 'required'
  | 'range'
  | 'enum'
  | 'date'
  | 'negative-money'
  | 'score-scale'
  | 'duplicate-id'
  | 'duplicate-stage'
  | 'unknown-reference'
  | 'closed-before-created'
  | 'missing-closed-at'
  | 'history-order'
  | 'unknown-stage'
  | 'time-order'
  | 'no-usable-rows';

export interface DatasetProblem {
  /** Where: `deals[17].closedAt`, `surveys[3].score`, `deals` for a whole table. */
  path: string;
  rule: ProblemRule;
  /** What is wrong, in words: `before createdAt (2017-03-01T00:00:00.000Z)`. */
  message: string;
  /** The offending value as short JSON text (`"2016-01-01"`, `-5`), absent when missing. */
  value?: string;
  /** The table and the row's index in the input, when the problem belongs to one row. */
  table?: string;
  row?: number;
}

const MAX_VALUE_LENGTH = 40;

/** The value as JSON text of at most 40 characters, for messages; never throws. */
export function shortValue(value: unknown): string {
  let text: string;
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') text = String(value);
  else if (typeof value === 'string') text = JSON.stringify(value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

export function problem(path: string, rule: ProblemRule, message: string, value?: unknown): DatasetProblem {
  return arguments.length > 3 ? { path, rule, message, value: shortValue(value) } : { path, rule, message };
}

/** `deals[17].closedAt: before createdAt (got "2016-01-01")`. */
export function formatProblem(p: DatasetProblem): string {
  return p.value === undefined ? `${p.path}: ${p.message}` : `${p.path}: ${p.message} (got ${p.value})`;
}

/** Thrown when a dataset is refused: not a dataset at all, or any problem in strict mode. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[], summary?: string) {
    const shown = problems.slice(0, 3).map(formatProblem).join('; ');
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    super(summary ?? `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${shown}${more}`);
    this.problems = problems;
  }
}
