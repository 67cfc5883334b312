/**
 * History matching's test of a parameter set (Craig, Goldstein, Seheult & Smith 1997;
 * Vernon, Goldstein & Bower 2010, "Galaxy formation: a Bayesian uncertainty analysis";
 * Andrianakis et al. 2015 for an epidemiological simulator). For each target,
 *
 *   I = |model mean − published| ÷ √(σ_tolerance² + σ_simulation²),
 *
 * where σ_tolerance is half the error the target's tolerance allows (the tolerance is "the
 * band within which a calibrated baseline should land", read as a 95% band, two standard
 * deviations, of observation error and model discrepancy together) and σ_simulation is the
 * standard error of the model's mean over its replications. A set is *ruled out* when the
 * evidence would be surprising were it the truth: I above 3 (Pukelsheim's three-sigma rule
 * holds for any unimodal distribution). With dozens of targets, one wild target should not
 * rule a set out on its own, so, like the acceptance rule of the calibration, a set stays
 * *not ruled out* (plausible) when every EHCP stock target and all but a tenth of the others
 * have I ≤ 3, that is, miss by at most 1.5 tolerances (less with simulation noise); its measure
 * is the largest I that rule still counts. Not ruled out is weaker than passing: the fitted set
 * must still pass the acceptance rule.
 */
import type { CalibrationRow } from './calibration-types.js';

export const IMPLAUSIBILITY_CUTOFF = 3;
/** How many standard deviations of observation error and model discrepancy a target's tolerance spans. */
export const TOLERANCE_STANDARD_DEVIATIONS = 2;
/** The share of evaluated targets (other than EHCP stocks) a plausible set may miss, as acceptance allows. */
export const IMPLAUSIBLE_TARGETS_ALLOWED = 0.1;

/** A target's implausibility, or null when the backtest could not evaluate it. */
export function implausibility(row: CalibrationRow): number | null {
  if (row.error === null || row.allowed === null || row.standardError === null) return null;
  const tolerance = row.allowed / TOLERANCE_STANDARD_DEVIATIONS;
  return Math.abs(row.error) / Math.sqrt(tolerance * tolerance + row.standardError * row.standardError);
}

export interface ImplausibilityVerdict {
  /** The largest implausibility the rule counts: every EHCP stock's, and the others' after the allowed misses. */
  readonly measure: number;
  /** Whether the set is not ruled out (`measure` ≤ the cut-off). */
  readonly plausible: boolean;
}

/** Judge a backtest's rows by the rule above. */
export function judgeImplausibility(rows: readonly CalibrationRow[]): ImplausibilityVerdict {
  const scores: number[] = [];
  let stocks = 0;
  for (const row of rows) {
    const i = implausibility(row);
    if (i === null) continue;
    if (row.target.metric === 'ehcp_stock_all_ages') stocks = Math.max(stocks, i);
    else scores.push(i);
  }
  scores.sort((a, b) => b - a);
  const allowedMisses = Math.floor(IMPLAUSIBLE_TARGETS_ALLOWED * scores.length);
  const measure = Math.max(stocks, scores[allowedMisses] ?? 0);
  return { measure, plausible: measure <= IMPLAUSIBILITY_CUTOFF };
}
