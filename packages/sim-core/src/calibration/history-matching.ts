/**
 * History matching in waves (Vernon, Goldstein & Bower 2010; Andrianakis et al. 2015): rule
 * out the parameter sets whose backtest is implausibly far from the published figures
 * (`implausibility.ts`), and look again, more closely, where sets are not ruled out.
 *
 * Wave 1 is a Latin hypercube over every free parameter's whole plausible range (plus the
 * starting values, if given). Each later wave refocuses on the sets kept so far: those not
 * ruled out or, while too few are, the least implausible eighth (the wave says which). It
 * draws each new set around a kept one, in turn, with a multivariate normal step
 * shaped like the kept sets' covariance (the perturbation kernel of population Monte Carlo,
 * Beaumont et al. 2009), so the draws fill an irregular plausible region, correlations
 * included, rather than one ellipse around its middle. Unlike emulator-based history matching,
 * every candidate here is run through the simulator itself, so a set judged plausible is
 * plausible by the rule, not by a prediction; the price is fewer candidates per wave.
 */

import { latinHypercube } from '../foundation/latin-hypercube.js';
import type { RandomStream } from '../foundation/random-streams.js';
import type { ImplausibilityVerdict } from './implausibility.js';
import {
  correlatedStep,
  factorCovariance,
  reflectIntoUnitCube,
  sampleMoments,
} from './multivariate-normal.js';

export interface HistoryMatchingSettings {
  readonly waves: number;
  readonly pointsPerWave: number;
}

/** A parameter set, in the unit cube of the bounds, with what its backtest showed. */
export interface Candidate {
  readonly unit: readonly number[];
  readonly objective: number;
  readonly verdict: ImplausibilityVerdict;
  readonly wave: number;
}

export interface WaveSummary {
  readonly wave: number;
  readonly evaluated: number;
  /** Sets of this wave not ruled out. */
  readonly plausible: number;
  /** Where the wave's sets were drawn from. */
  readonly drawnFrom: 'whole ranges' | 'plausible sets' | 'least implausible sets';
}

/** The region the waves ended on: the sets the last refocusing kept, and their (shrunk) covariance. */
export interface Focus {
  readonly kept: readonly (readonly number[])[];
  readonly covariance: number[][];
  readonly from: WaveSummary['drawnFrom'];
}

export interface HistoryMatchingResult {
  readonly candidates: readonly Candidate[];
  readonly waves: readonly WaveSummary[];
  readonly focus: Focus;
}

/**
 * Share of each variance kept when the focus covariance is shrunk towards its diagonal, so a
 * few dozen sets in 25 dimensions still give a full-rank, stable shape (Ledoit & Wolf 2004).
 */
const SHRINKAGE_KEEP = 0.8;
/**
 * While too few sets are plausible, each wave refocuses on the least implausible eighth of all
 * sets seen (at least 10): few enough to close in within a handful of waves of about a hundred
 * runs in 25 dimensions (measured on the backtest, four waves of 96: a quarter found 6
 * plausible sets in 385 runs, an eighth 27). Shrinkage keeps their covariance full rank.
 * Assumption.
 */
const KEPT_SHARE = 1 / 8;
const MIN_KEPT = 10;

/**
 * A step's standard deviations as a share of the kept sets' own. Population Monte Carlo uses
 * the full spread or more, to cover the region; half refocuses faster, which matters with a
 * few hundred runs: on the test's problem (a box 1/10 wide in 4 dimensions) a wave of 60 held
 * 26 plausible sets by wave 4, against 7 at the full spread. Assumption; 0.5–1 is reasonable.
 */
export const KERNEL_SCALE = 0.5;

/** Run the waves; `evaluate` runs a batch of unit-cube points and returns, in order, each one's objective and verdict. */
export async function historyMatch(
  dimensions: number,
  evaluate: (points: number[][]) => Promise<ReadonlyArray<Pick<Candidate, 'objective' | 'verdict'>>>,
  settings: HistoryMatchingSettings,
  random: RandomStream,
  start?: readonly number[],
  onWave?: (wave: WaveSummary) => void,
): Promise<HistoryMatchingResult> {
  const candidates: Candidate[] = [];
  const waves: WaveSummary[] = [];
  const retain = Math.max(MIN_KEPT, Math.ceil(settings.pointsPerWave * KEPT_SHARE));
  let focus: Focus | undefined;
  for (let wave = 1; wave <= settings.waves; wave++) {
    let points: number[][];
    let drawnFrom: WaveSummary['drawnFrom'];
    if (focus === undefined) {
      points = latinHypercube(settings.pointsPerWave, dimensions, random);
      if (start !== undefined) points.unshift([...start]);
      drawnFrom = 'whole ranges';
    } else {
      const factors = factorCovariance(focus.covariance);
      const { kept } = focus;
      points = Array.from({ length: settings.pointsPerWave }, (_, j) =>
        reflectIntoUnitCube(
          correlatedStep(factors, random).map((y, i) => kept[j % kept.length]![i]! + KERNEL_SCALE * y),
        ),
      );
      drawnFrom = focus.from;
    }
    const results = await evaluate(points);
    const batch = points.map((unit, i) => ({ unit, ...results[i]!, wave }));
    candidates.push(...batch);
    const summary = {
      wave,
      evaluated: batch.length,
      plausible: batch.filter((c) => c.verdict.plausible).length,
      drawnFrom,
    };
    waves.push(summary);
    onWave?.(summary);
    focus = focusOn(candidates, retain);
  }
  if (focus === undefined) throw new RangeError('historyMatch: needs at least one wave');
  return { candidates, waves, focus };
}

/** The plausible sets so far, or the `retain` least implausible while there are too few. */
function focusOn(candidates: readonly Candidate[], retain: number): Focus {
  const plausible = candidates.filter((c) => c.verdict.plausible);
  const enough = plausible.length >= retain;
  const kept = enough
    ? plausible
    : [...candidates].sort((a, b) => a.verdict.measure - b.verdict.measure).slice(0, retain);
  const units = kept.map((c) => c.unit);
  const { covariance } = sampleMoments(units);
  const shrunk = covariance.map((row, i) => row.map((v, j) => (i === j ? v : SHRINKAGE_KEEP * v)));
  return {
    kept: units,
    covariance: shrunk,
    from: enough ? 'plausible sets' : 'least implausible sets',
  };
}
