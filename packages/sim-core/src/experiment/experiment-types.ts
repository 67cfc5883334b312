/**
 * The shapes of experiment results: what `runExperiment`, `compareExperiments` and
 * `traceChild` return, and what the CLI and the UI print, chart and export.
 */
import type { CostKey } from '../foundation/payers.js';
import type { ValueForMoney } from './value-for-money.js';

/** How a run is set up: the same options, scenario and model version give byte-identical results. */
export interface RunOptions {
  /** Master seed for every random stream. */
  readonly seed: number;
  /** Independent replications (each with its own streams, paired across scenarios). */
  readonly replications: number;
  /** Simulated years from the start date. */
  readonly years: number;
  /** Share of the national population simulated (results are weighted back by 1/scale). */
  readonly scale: number;
  /**
   * Money in real price-base (2025/26) prices (default) or in cash of each financial year
   * (real × GDP deflator that year ÷ the price base's), converted month by month when the
   * replication is reported, never in the engine.
   */
  readonly prices?: PriceBasis;
}

/** Which prices money in results is in: `real` (2025/26 prices) or `cash`. */
export type PriceBasis = 'real' | 'cash';

/** What identifies a result: enough to reproduce it exactly. */
export interface RunMeta {
  readonly scenario: string;
  readonly scenarioName: string;
  readonly seed: number;
  readonly reps: number;
  readonly years: number;
  readonly scale: number;
  readonly startDate: string;
  readonly modelVersion: string;
  /** Which prices money is in: `real` (2025/26 prices; also when absent, as in results from before it was recorded) or `cash`. */
  readonly prices?: PriceBasis;
}

/** A mean over replications with its 95% interval (normal approximation; equal to the mean for one replication). */
export interface Estimate {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** One metric in one simulated year (or at one January snapshot, for stocks). */
export interface SeriesRow {
  readonly metric: string;
  readonly year: number;
  readonly value: Estimate;
}

/**
 * Cost to one payer in one year, in pounds (weighted to national). `payer: 'public'` rows sum the
 * nine public payers (public spending); `payer: 'total'` rows sum every payer (public spending
 * plus cost to families).
 */
export interface CostRow {
  readonly payer: CostKey;
  readonly year: number;
  readonly value: Estimate;
}

/**
 * One replication's values, weighted to national figures: yearly `metrics[metric][yearIndex]`
 * and `costs[payer][yearIndex]` (also `costs.public` and `costs.total`), and `monthly[metric][monthIndex]` (stocks on the first of each
 * month, one more point than flows) for targets over other periods (academic, financial years).
 */
export interface ReplicationResult {
  readonly metrics: Readonly<Record<string, readonly number[]>>;
  readonly costs: Readonly<Record<CostKey, readonly number[]>>;
  readonly monthly: Readonly<Record<string, readonly number[]>>;
}

/** The result of running one scenario. */
export interface ExperimentResult {
  readonly meta: RunMeta;
  /** Calendar years covered, e.g. [2023, 2024, …]. */
  readonly years: readonly number[];
  readonly series: readonly SeriesRow[];
  readonly costs: readonly CostRow[];
  /** Cost over the whole run by payer, public spending, and public spending plus cost to families. */
  readonly totals: readonly CostRow[];
  readonly replications: readonly ReplicationResult[];
}

/** Reform − baseline for one metric (or payer cost) over the whole run, paired by replication. */
export interface PairedDifference {
  readonly metric: string;
  readonly baseline: Estimate;
  readonly reform: Estimate;
  readonly difference: Estimate;
  /** Share of replications in which the reform did better (lower, or higher where more is better). */
  readonly shareReformBetter: number;
  /** Whether a higher value is better for this metric. */
  readonly higherIsBetter: boolean;
}

/** One reform compared with the baseline. */
export interface Comparison {
  readonly baseline: RunMeta;
  readonly reform: RunMeta;
  readonly differences: readonly PairedDifference[];
  /** Change in public spending and in the cost to families, and public spending per child-year of unmet need avoided. */
  readonly valueForMoney: ValueForMoney;
}

/** Progress reports during a run (for progress bars; never part of results). */
export interface Progress {
  readonly replication: number;
  readonly replications: number;
  /** Share of the whole experiment done, 0–1. */
  readonly done: number;
}
