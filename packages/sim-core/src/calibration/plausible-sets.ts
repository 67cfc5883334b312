/**
 * The spread of the parameter sets history matching did not rule out: for each free
 * parameter, the lowest, middle and highest plausible value, and the pairs of parameters the
 * evidence ties together most strongly (the correlation across plausible sets: a pair that
 * trades off shows a strong one). This, not the single fitted point, is what the calibration
 * can honestly claim to know.
 */
import { sampleMoments } from './multivariate-normal.js';
import { fromUnit, type SearchParameter } from './parameter-space.js';

export interface PlausibleRange {
  readonly key: string;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface PlausibleCorrelation {
  readonly a: string;
  readonly b: string;
  readonly correlation: number;
}

export interface PlausibleSets {
  /** Sets evaluated by history matching, and how many of them were not ruled out. */
  readonly evaluated: number;
  readonly count: number;
  /** Per free parameter, in the order given; empty when no set is plausible. */
  readonly ranges: readonly PlausibleRange[];
  /** The strongest pairwise correlations across plausible sets (needs at least 10 sets). */
  readonly correlations: readonly PlausibleCorrelation[];
}

/** How many of the strongest correlations to report. */
const CORRELATIONS_SHOWN = 5;
const MIN_SETS_FOR_CORRELATION = 10;

export function summarisePlausibleSets(
  parameters: readonly SearchParameter[],
  candidates: ReadonlyArray<{
    readonly unit: readonly number[];
    readonly verdict: { readonly plausible: boolean };
  }>,
): PlausibleSets {
  const plausible = candidates.filter((c) => c.verdict.plausible).map((c) => fromUnit(parameters, c.unit));
  const ranges =
    plausible.length === 0
      ? []
      : parameters.map((p, i) =>
          rangeOf(
            p.key,
            plausible.map((v) => v[i]!),
          ),
        );
  const correlations: PlausibleCorrelation[] = [];
  if (plausible.length >= MIN_SETS_FOR_CORRELATION) {
    const { covariance } = sampleMoments(plausible);
    for (let i = 0; i < parameters.length; i++) {
      for (let j = i + 1; j < parameters.length; j++) {
        const scale = Math.sqrt(covariance[i]![i]! * covariance[j]![j]!);
        if (scale > 0) {
          correlations.push({
            a: parameters[i]!.key,
            b: parameters[j]!.key,
            correlation: covariance[i]![j]! / scale,
          });
        }
      }
    }
    correlations.sort((x, y) => Math.abs(y.correlation) - Math.abs(x.correlation) || x.a.localeCompare(y.a));
  }
  return {
    evaluated: candidates.length,
    count: plausible.length,
    ranges,
    correlations: correlations.slice(0, CORRELATIONS_SHOWN),
  };
}

function rangeOf(key: string, values: number[]): PlausibleRange {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { key, min: sorted[0]!, median, max: sorted.at(-1)! };
}
