/**
 * One child's two traces aligned by date for the side-by-side timeline: a row per date on
 * which anything happened in either system, each system's steps on that date in order, and
 * whether the two did the same (same events entering the same states, same cost to date).
 */
import { type ChildTracePair, sameStep, type TraceStep, totalPounds } from '@send-sim/sim-core';

/** A step and its index in its own trace. */
export interface IndexedStep {
  readonly step: TraceStep;
  readonly index: number;
}

/** Everything that happened on one date, in each system; `same` when both did the same. */
export interface DateRow {
  readonly date: string;
  readonly baseline: readonly IndexedStep[];
  readonly reform: readonly IndexedStep[];
  readonly same: boolean;
}

/** Steps grouped by date across both systems, in date order; `same` when both did the same. */
export function dateRows(pair: ChildTracePair): DateRow[] {
  const byDate = new Map<string, { baseline: IndexedStep[]; reform: IndexedStep[] }>();
  const add = (steps: readonly TraceStep[], system: 'baseline' | 'reform') =>
    steps.forEach((step, index) => {
      let row = byDate.get(step.date);
      if (row === undefined) {
        row = { baseline: [], reform: [] };
        byDate.set(step.date, row);
      }
      row[system].push({ step, index });
    });
  add(pair.baseline.steps, 'baseline');
  add(pair.reform.steps, 'reform');
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { baseline, reform }]) => ({
      date,
      baseline,
      reform,
      same:
        baseline.length === reform.length &&
        baseline.every(({ step }, i) => {
          const other = reform[i]!.step;
          return sameStep(step, other) && totalPounds(step.costsToDate) === totalPounds(other.costsToDate);
        }),
    }));
}
