/**
 * The shapes of a calibration backtest: published targets, and the model's value for each
 * over replications, with pass or miss against the target's tolerance.
 */
import type { Estimate, RunMeta } from '../experiment/experiment-types.js';
import type { CalibrationTarget } from './calibration-targets.js';

export type { CalibrationTarget } from './calibration-targets.js';

/** How a target fared. */
export type CalibrationStatus = 'pass' | 'miss' | 'not evaluated';

export interface CalibrationRow {
  readonly target: CalibrationTarget;
  /** The model's value over replications, or null when the model cannot produce it. */
  readonly model: Estimate | null;
  /** Model mean − target value. */
  readonly error: number | null;
  /** |error| ÷ allowed error (≤ 1 passes). */
  readonly score: number | null;
  /** The error allowed by the target's tolerance, in its units. */
  readonly allowed: number | null;
  /** Standard error of the model's mean over replications (the simulation's own noise). */
  readonly standardError: number | null;
  readonly status: CalibrationStatus;
  /** Why a target is not evaluated, or how the model value was derived. */
  readonly note: string;
  /** Kept from the fit by a forecasting self-test (holdout.ts): judged against the projection only. */
  readonly heldOut: boolean;
}

/** How many targets a group has, how many the backtest could evaluate, and how many passed. */
export interface CalibrationTally {
  readonly targets: number;
  readonly evaluated: number;
  readonly passed: number;
}

export interface CalibrationReport {
  readonly meta: RunMeta & { readonly targetsFile: string };
  readonly rows: readonly CalibrationRow[];
  /** Published targets only: the start-consistency targets (start-consistency.ts) are tallied apart. */
  readonly summary: {
    readonly targets: number;
    readonly evaluated: number;
    readonly passed: number;
    /** Passed ÷ all targets, and passed ÷ evaluated. */
    readonly shareOfAll: number;
    readonly shareOfEvaluated: number;
    /** Whether every EHCP stock target passed. */
    readonly ehcpStocksAllPass: boolean;
    /** The model's own start-consistency targets, when the run was given any. */
    readonly startConsistency?: CalibrationTally;
    /** A forecasting self-test's split: the targets fitted on, and those held out from year `from`. */
    readonly holdout?: {
      readonly from: number;
      readonly fitted: CalibrationTally;
      readonly heldOut: CalibrationTally;
    };
  };
}
