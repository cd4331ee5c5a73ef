/** Problems of the presets that fold many lines into few rows, located like the field map's. */
import type { DatasetProblem, ProblemRule } from '../../schema/problems.js';
import type { CsvFile } from '../csv.js';
import { formatLocation } from '../location.js';

/** Problems noted by record index while a file streams, located once it has been read. */
export class PendingProblems {
  readonly #found: { record: number; column: number; rule: ProblemRule; message: string }[] = [];

  add(record: number, column: number, rule: ProblemRule, message: string): void {
    this.#found.push({ record, column, rule, message });
  }

  /** The problems of the file (its own first), in file order, each naming `table`. */
  locate(file: CsvFile, table: string): DatasetProblem[] {
    const located = this.#found.map((p) => ({ line: file.locate(p.record).line, problem: { path: formatLocation(file.locate(p.record, p.column)), rule: p.rule, message: p.message, table } }));
    const own = file.problems.map((p) => ({ line: Number(/:(\d+)$/.exec(p.path)?.[1] ?? 0), problem: { ...p, table } }));
    return [...own, ...located].sort((a, b) => a.line - b.line).map((p) => p.problem);
  }
}

/** The header index of each named column; throws through `missing` for the first one absent. */
export function columnIndexes<const N extends string>(header: readonly string[], names: readonly N[], missing: (name: N) => Error): Record<N, number> {
  const at = {} as Record<N, number>;
  for (const name of names) {
    const index = header.indexOf(name);
    if (index < 0) throw missing(name);
    at[name] = index;
  }
  return at;
}
