/**
 * When a change between scenarios may be called clear (DESIGN 4: "a change is called clear only
 * when its interval excludes zero and it rests on enough simulated children"). The headline,
 * the cards, the sensitivity page, the CLI and the CSVs all ask this one function.
 *
 * The rule, for a paired difference reform − baseline with its 95% interval:
 * 1. at least `MIN_CLEAR_REPLICATIONS` (3) replications: with 2, the interval's width rests on a
 *    single degree of freedom, and two replications that happen to agree give a falsely narrow
 *    interval (the "500 fewer (95% interval 500 to 500)" of one simulated child);
 * 2. an interval with some width (lo < hi, both finite): replications that all agree exactly
 *    carry no measure of chance, so a degenerate interval is never clear;
 * 3. the interval excludes zero (lo > 0 or hi < 0);
 * 4. for a count (children, events or child-years: stock, flow and child-years metrics), the
 *    change summed over the replications is at least `MIN_CLEAR_SIMULATED` (6) simulated
 *    children (the change ÷ the weight of one simulated child, 1/scale). Why 6: if the reform
 *    moved k simulated children in all, each as likely to go either way by chance, then even
 *    with every one of them moving the same way a two-sided sign test needs k ≥ 6 to reach 5%
 *    (2 × 0.5⁶ ≈ 0.031; 2 × 0.5⁵ ≈ 0.063). It is a floor, not a test: conditions 1–3 do the rest.
 *    Shares, mean waits and money are not counts of children, so rules 1–3 alone apply to them.
 */
import type { ValueBounds } from '../metrics/metric-definitions.js';
import type { Estimate, RunMeta } from './experiment-types.js';
import { findRunMeasure } from './metric-over-run.js';

/** Which way a figure clearly moved, or `unclear`. */
export type ChangeDirection = 'up' | 'down' | 'unclear';

/** Fewest replications from which a change is called clear. */
export const MIN_CLEAR_REPLICATIONS = 3;

/** Fewest simulated children (or events, child-years), summed over replications, behind a clear change in a count. */
export const MIN_CLEAR_SIMULATED = 6;

/** Why a change is not clear, in words that follow "No clear change: ". */
export type UnclearReason =
  | 'too few replications'
  | 'replications all agree'
  | 'interval includes zero'
  | 'too few simulated children';

/** Each reason in plain words, to follow "No clear change: " (the page and the CLI say the same). */
export const UNCLEAR_WORDS: Readonly<Record<UnclearReason, string>> = {
  'too few replications': `fewer than ${MIN_CLEAR_REPLICATIONS} replications`,
  'replications all agree': 'every replication gave the same change, so there is no spread to judge it by',
  'interval includes zero': 'the interval includes zero',
  'too few simulated children': `it rests on fewer than ${MIN_CLEAR_SIMULATED} simulated children`,
};

/** The verdict on one change, and why it is not clear when it is not. */
export interface ChangeVerdict {
  readonly direction: ChangeDirection;
  readonly reason?: UnclearReason;
}

/** What a verdict needs of the run: its replications and scale. */
export type ClearBasis = Pick<RunMeta, 'reps' | 'scale'>;

const COUNT_KINDS: ReadonlySet<string> = new Set(['stock', 'flow', 'childYears']);

/**
 * Judge the change `d` in measure `metric` (a metric id, or `cost_<payer>`) from a run of
 * `run.reps` replications at `run.scale`, by the rule in this file's header.
 *
 * @example
 * judgeChange({ mean: -500, lo: -500, hi: -500 }, 'pupils_on_sen_support', { reps: 2, scale: 0.002 });
 * // { direction: 'unclear', reason: 'too few replications' }
 */
export function judgeChange(d: Estimate, metric: string, run: ClearBasis): ChangeVerdict {
  if (run.reps < MIN_CLEAR_REPLICATIONS) return { direction: 'unclear', reason: 'too few replications' };
  if (!(Number.isFinite(d.lo) && Number.isFinite(d.hi) && d.lo < d.hi)) {
    return { direction: 'unclear', reason: 'replications all agree' };
  }
  if (d.lo <= 0 && d.hi >= 0) return { direction: 'unclear', reason: 'interval includes zero' };
  const measure = findRunMeasure(metric);
  if (measure !== undefined && measure.money !== true && countsChildren(measure.kind, measure.bounds)) {
    // |mean| × reps is the change summed over replications; × scale turns it into simulated children.
    // The small allowance absorbs rounding in the weighting (a whole child is 1/scale exactly).
    const simulated = Math.abs(d.mean) * run.reps * run.scale;
    if (simulated < MIN_CLEAR_SIMULATED - 1e-9) {
      return { direction: 'unclear', reason: 'too few simulated children' };
    }
  }
  return { direction: d.lo > 0 ? 'up' : 'down' };
}

/** Which way `d` clearly moved, or `unclear` (the direction of `judgeChange`). */
export function clearDirection(d: Estimate, metric: string, run: ClearBasis): ChangeDirection {
  return judgeChange(d, metric, run).direction;
}

/** Whether a measure counts simulated children (or their events or years), so has a weight per child (money metrics do not: callers exclude them). */
function countsChildren(kind: string, bounds: ValueBounds): boolean {
  return COUNT_KINDS.has(kind) && bounds === 'nonNegative';
}
