/**
 * When a result may be quoted in public: one rule for the cards, the headline, the briefing, the
 * CLI and the CSV files, so they never disagree about which figures are solid enough to repeat.
 * "Clear" (`judgeChange`) says whether a change's direction is known; "fit to quote" asks more:
 * whether the run is big enough that the figure itself, with its interval, can be repeated
 * without misleading. A change that is not clear can still be fit to quote ("no clear change,
 * 95% interval −1,000 to +1,200" from a run that pins it down), and a clear one can fail.
 *
 * The rule, for a change reform − baseline in one outcome with its 95% interval:
 * 1. **Replications:** the run has at least `MIN_QUOTE_REPLICATIONS` (10). The interval's width
 *    is itself estimated from the spread between replications: with n replications that
 *    estimate is off by about 1/√(2(n − 1)) by chance (a quarter at 10, half at 3), and the
 *    t quantile is still 2.26 at 10 against 1.96 in the limit.
 * 2. **Simulated children per cell:** for a count (children, events or child-years), the larger
 *    of the baseline's and the reform's figure rests on at least `MIN_QUOTE_SIMULATED` (100)
 *    simulated children (or events, child-years) per replication (figure × scale); for a share,
 *    its denominator does. Below that, who happens to be counted moves a replication's figure by
 *    more than a tenth (about 1/√100), and the interval's normal approximation is poor. Money is
 *    summed over every child and a mean wait over everyone who waited, so they are not held to it.
 * 3. **Interval width relative to the effect:** the interval's half-width is at most half the
 *    size of the change (`MAX_HALF_WIDTH_OF_CHANGE`: the change is known to within ±50%), or at
 *    most 2% of the baseline's level (`MAX_HALF_WIDTH_OF_LEVEL`: even a small change, or one that
 *    is not clear, is pinned to within 2% of the level either way, so it can be quoted as small).
 *
 * Pure and deterministic: it reads only the comparison.
 */

import { METRICS, type MetricDefinition } from '../metrics/metric-definitions.js';
import type { Comparison, PairedDifference } from './experiment-types.js';
import { findRunMeasure } from './metric-over-run.js';

/** Fewest replications behind a result fit to quote. */
export const MIN_QUOTE_REPLICATIONS = 10;

/** Fewest simulated children (or events, child-years) per replication behind a count fit to quote. */
export const MIN_QUOTE_SIMULATED = 100;

/** The interval's half-width may be at most this share of the change's size … */
export const MAX_HALF_WIDTH_OF_CHANGE = 0.5;

/** … or at most this share of the baseline's level, whichever allows more. */
export const MAX_HALF_WIDTH_OF_LEVEL = 0.02;

/** Why a result is not fit to quote (rules 1 to 3). */
export type NotFitReason = 'too few replications' | 'too few simulated children' | 'interval too wide';

/** The verdict on one result, with what it rests on (for words and for suggesting settings). */
export interface QuoteVerdict {
  /** A metric id, or `cost_<payer>` / `cost_total`. */
  readonly metric: string;
  readonly fit: boolean;
  /** Every rule it breaks, in the rule's order; empty when fit. */
  readonly reasons: readonly NotFitReason[];
  readonly reps: number;
  readonly scale: number;
  /** Simulated children (or events, child-years) per replication behind it; undefined where rule 2 does not apply. */
  readonly simulatedPerReplication: number | undefined;
  /** Half the width of the change's 95% interval. */
  readonly halfWidth: number;
  /** The most that half-width may be (rule 3). */
  readonly allowedHalfWidth: number;
}

const DEFINITIONS = new Map((METRICS as readonly MetricDefinition[]).map((d) => [d.id, d]));
const COUNT_KINDS: ReadonlySet<string> = new Set(['stock', 'flow', 'childYears']);

/**
 * Whether the change in `metric` in `comparison` is fit to quote, by the rule in this file's
 * header. Throws for a metric the comparison does not have.
 *
 * @example
 * fitToQuote(compareExperiments(baseline, reform), 'appeals_registered');
 * // { fit: false, reasons: ['too few replications'], reps: 5, … }
 */
export function fitToQuote(comparison: Comparison, metric: string): QuoteVerdict {
  const d = differenceOf(comparison, metric);
  const run = comparison.reform;
  const reasons: NotFitReason[] = [];
  if (!(run.reps >= MIN_QUOTE_REPLICATIONS)) reasons.push('too few replications');
  const cell = simulatedPerReplication(comparison, d);
  if (cell !== undefined && !(cell >= MIN_QUOTE_SIMULATED - 1e-9)) reasons.push('too few simulated children');
  const halfWidth = (d.difference.hi - d.difference.lo) / 2;
  const allowedHalfWidth = Math.max(
    MAX_HALF_WIDTH_OF_CHANGE * Math.abs(d.difference.mean),
    MAX_HALF_WIDTH_OF_LEVEL * Math.abs(d.baseline.mean),
  );
  // A tiny allowance, so a half-width equal to the limit but for rounding in the sums passes.
  if (!(halfWidth <= allowedHalfWidth * (1 + 1e-9))) reasons.push('interval too wide');
  return {
    metric,
    fit: reasons.length === 0,
    reasons,
    reps: run.reps,
    scale: run.scale,
    simulatedPerReplication: cell,
    halfWidth,
    allowedHalfWidth,
  };
}

/** Every result of `comparison`, judged (in the comparison's order). */
export function fitToQuoteAll(comparison: Comparison): QuoteVerdict[] {
  return comparison.differences.map((d) => fitToQuote(comparison, d.metric));
}

function differenceOf(comparison: Comparison, metric: string): PairedDifference {
  const d = comparison.differences.find((x) => x.metric === metric);
  if (d === undefined) throw new RangeError(`fitToQuote: the comparison has no result "${metric}"`);
  return d;
}

/**
 * Rule 2's cell: simulated children (or events, child-years) per replication behind the larger
 * of the two scenarios' figures, for a count; behind its denominator, for a share; undefined for
 * money, balances and mean waits.
 */
function simulatedPerReplication(comparison: Comparison, d: PairedDifference): number | undefined {
  const measure = findRunMeasure(d.metric);
  if (measure === undefined) return undefined;
  const scale = comparison.reform.scale;
  const larger = (x: PairedDifference) => Math.max(x.baseline.mean, x.reform.mean) * scale;
  // A money metric (the DSG deficit, high-needs income and spending) counts pounds, not children.
  if (measure.money === true) return undefined;
  if (COUNT_KINDS.has(measure.kind) && measure.bounds === 'nonNegative') return larger(d);
  if (measure.kind === 'share') {
    const denominator = DEFINITIONS.get(d.metric)?.ratio?.denominator;
    const below = comparison.differences.find((x) => x.metric === denominator);
    return below === undefined ? undefined : larger(below);
  }
  return undefined;
}
