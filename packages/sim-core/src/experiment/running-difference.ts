/**
 * The running total of a reform's change, year by year: reform − baseline summed from the start
 * of the run to the end of each year, paired replication by replication, with its 95% interval
 * and the verdict of `judgeChange` at each year end. A policy that invests early (early help)
 * typically costs more at first and may save later; this is the series that shows when, if ever,
 * the extra cost turns into a saving, read from the run's own numbers. Pure: it reads two
 * experiments' replications and nothing else.
 *
 * Only quantities that add up over time have a running total: flows and child-years (summed as
 * `compareExperiments` sums them over the run) and costs. Stocks, waits and shares do not.
 */
import type { CostKey } from '../foundation/payers.js';
import { type ChangeVerdict, judgeChange } from './clear-direction.js';
import type { Estimate, ExperimentResult, ReplicationResult } from './experiment-types.js';
import { findRunMeasure } from './metric-over-run.js';
import { estimate } from './statistics.js';

/** The running change at the end of one calendar year of the run. */
export interface RunningYear {
  /** The calendar year, e.g. 2025: the total runs from the start of the run to the end of it. */
  readonly year: number;
  /** Reform − baseline summed from the start of the run to the end of `year`, with its 95% interval. */
  readonly difference: Estimate;
  /** Whether that running change is clearly up, clearly down, or not clear (and why). */
  readonly verdict: ChangeVerdict;
}

/** A measure's running change over the run, and the years at which it turns. */
export interface RunningDifference {
  /** A flow, child-years metric, or `cost_<payer>` / `cost_public` / `cost_total`. */
  readonly measure: string;
  /** One row per calendar year of the run, in order; the last row equals the whole run's change. */
  readonly years: readonly RunningYear[];
  /**
   * The first year at whose end the running change is below zero and stays below zero at every
   * later year end (the reform's running total has turned into a saving, or into fewer events),
   * when an earlier year end was at or above zero; `undefined` if it never turns that way.
   */
  readonly turnsDownIn: number | undefined;
  /** The same for turning from at or below zero to above zero and staying there. */
  readonly turnsUpIn: number | undefined;
  /** The first year at whose end the running change is clearly below zero, if any. */
  readonly firstClearlyDown: number | undefined;
  /** The first year at whose end the running change is clearly above zero, if any. */
  readonly firstClearlyUp: number | undefined;
}

/** One replication's yearly values of `measure` (a flow, child-years or a payer's cost). */
function yearly(measure: string, replication: ReplicationResult): readonly number[] {
  if (measure.startsWith('cost_')) {
    const row = replication.costs[measure.slice('cost_'.length) as CostKey];
    if (row === undefined) throw new RangeError(`runningDifference: no payer in ${JSON.stringify(measure)}`);
    return row;
  }
  const row = replication.metrics[measure];
  if (row === undefined)
    throw new RangeError(`runningDifference: the run has no metric ${JSON.stringify(measure)}`);
  return row;
}

/**
 * Reform − baseline for `measure`, summed from the start of the run to the end of each year,
 * paired by replication (the two runs share seed, replications, years and scale).
 *
 * @example
 * const cost = runningDifference(baseline, reform, 'cost_public');
 * cost.years[0]!.difference; // the change in the first year, with its interval
 * cost.turnsDownIn; // e.g. 2029: from the end of 2029 on, the reform has cost less in all
 */
export function runningDifference(
  baseline: ExperimentResult,
  reform: ExperimentResult,
  measure: string,
): RunningDifference {
  const kind = findRunMeasure(measure)?.kind;
  if (kind !== 'flow' && kind !== 'childYears' && kind !== 'cost') {
    throw new RangeError(
      `runningDifference: ${JSON.stringify(measure)} does not add up over time (expected a flow, child-years or a cost)`,
    );
  }
  const reps = baseline.replications.length;
  if (reform.replications.length !== reps || reform.years.length !== baseline.years.length) {
    throw new RangeError('runningDifference: the two runs must have the same replications and years');
  }
  const sums = new Array<number>(reps).fill(0);
  const years: RunningYear[] = baseline.years.map((year, y) => {
    for (let r = 0; r < reps; r++) {
      sums[r]! +=
        yearly(measure, reform.replications[r]!)[y]! - yearly(measure, baseline.replications[r]!)[y]!;
    }
    const difference = estimate(sums, 'signed');
    return { year, difference, verdict: judgeChange(difference, measure, baseline.meta) };
  });
  return {
    measure,
    years,
    turnsDownIn: turn(years, (x) => x < 0),
    turnsUpIn: turn(years, (x) => x > 0),
    firstClearlyDown: years.find((y) => y.verdict.direction === 'down')?.year,
    firstClearlyUp: years.find((y) => y.verdict.direction === 'up')?.year,
  };
}

/** The first year from which `side` holds at every later year end, when it did not hold at some earlier one. */
function turn(years: readonly RunningYear[], side: (mean: number) => boolean): number | undefined {
  let from = years.length;
  while (from > 0 && side(years[from - 1]!.difference.mean)) from--;
  return from > 0 && from < years.length ? years[from]!.year : undefined;
}
