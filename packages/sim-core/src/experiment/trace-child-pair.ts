/**
 * One child followed through both systems: the child's trace in replication `r` of the
 * baseline and of a reform run with the same options, and where the two journeys part.
 *
 * It makes the very run `traceChild` makes (so the traces are identical to it), but also
 * reports progress, which a browser needs for a long run, and the number of children
 * simulated, so an id out of range can be answered with the ids that exist.
 */
import type { ChildTrace } from '../engine/trace.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';
import type { RunOptions } from './experiment-types.js';
import { compareJourneys, type JourneyDivergence } from './journey-divergence.js';
import { runTracing } from './run-experiment.js';

/** The run to trace in: run options without replications, and the replication (default 0). */
export interface TracePairOptions extends Omit<RunOptions, 'replications'> {
  readonly replication?: number;
  /** Share done, 0–1, over both runs. */
  readonly onProgress?: (done: number) => void;
}

/** One child in the baseline and in a reform, and how the two journeys differ. */
export interface ChildTracePair {
  readonly childId: number;
  readonly baseline: ChildTrace;
  readonly reform: ChildTrace;
  readonly divergence: JourneyDivergence;
  /** Children simulated in both runs (the smaller count, if they differ): valid ids are 0 … this − 1. */
  readonly childrenSimulated: number;
}

/** Thrown for a child id that is not in the run; says which ids are. */
export class ChildNotSimulatedError extends RangeError {
  constructor(
    readonly childId: number,
    /** Children simulated in the run (the smaller count, if the two runs differ). */
    readonly childrenSimulated: number,
  ) {
    super(
      `child ${childId}: expected a whole number from 0 to ${childrenSimulated - 1} (the children simulated at this scale, seed and length of run), found ${childId}`,
    );
    this.name = 'ChildNotSimulatedError';
  }
}

/**
 * Trace child `childId` in `baseline` and in `reform` with the same options (common random
 * numbers), and compare the two journeys. Throws `ChildNotSimulatedError` for an id that
 * either run does not have.
 *
 * @example
 * const pair = traceChildPair(baseline, reform, { seed: 1, years: 10, scale: 0.005 }, 42);
 * pair.divergence.firstDifferentDate;
 */
export function traceChildPair(
  baseline: ResolvedScenario,
  reform: ResolvedScenario,
  options: TracePairOptions,
  childId: number,
): ChildTracePair {
  // An id that is not a whole number ≥ 0 still runs the baseline once: the error then says
  // which ids exist, which is what the person asking needs to know.
  const a = runTracing(baseline, options, childId, (done) => options.onProgress?.(done / 2));
  if (a.trace === undefined) throw new ChildNotSimulatedError(childId, a.childrenSimulated);
  const b = runTracing(reform, options, childId, (done) => options.onProgress?.((1 + done) / 2));
  if (a.trace === undefined || b.trace === undefined) {
    throw new ChildNotSimulatedError(childId, Math.min(a.childrenSimulated, b.childrenSimulated));
  }
  return {
    childId,
    baseline: a.trace,
    reform: b.trace,
    divergence: compareJourneys(a.trace, b.trace),
    childrenSimulated: Math.min(a.childrenSimulated, b.childrenSimulated),
  };
}
