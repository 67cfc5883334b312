/**
 * The two kinds of scenario file (DESIGN 3.2): a baseline that gives every parameter a value
 * with its evidence, and a reform that names a baseline and changes only lever settings (and,
 * rarely, a parameter with its own source). These are the shapes `parseScenarioFile` returns
 * after validation; `scenarios/scenario.schema.json` describes the same shapes for editors.
 */
import type { ParameterKey } from './parameter-catalogue.js';

/**
 * How far a cited figure was checked (the evidence file's status column):
 * `V` seen in the named source; `V2` an official statistic quoted by a secondary page;
 * `D` derived by arithmetic from V/V2 figures (the arithmetic goes in `note`).
 */
export type SourceStatus = 'V' | 'V2' | 'D';

/** Where a value comes from: enough for a reader to find the figure again. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  /** Year (or academic/financial year) of publication or of the figure, e.g. `"2023"`, `"2022/23"`. */
  readonly year: string;
  readonly url?: string;
  readonly status?: SourceStatus;
  /** How a derived (`D`) value was computed, or any caveat a reader needs. Required when status is `D`. */
  readonly note?: string;
}

/**
 * One parameter's value with its evidence. Exactly one of `source` and `assumption` is present;
 * `range[0] <= value <= range[1]`; `unit` equals the catalogue's unit; `priceYear` is present
 * exactly when the unit is money (starts with `GBP`).
 */
export interface ParameterRecord {
  readonly value: number;
  /** Plausible low and high values, used by sensitivity analysis. */
  readonly range: readonly [number, number];
  readonly unit: string;
  /** Price base of a money value, e.g. `"2022/23"`. */
  readonly priceYear?: string;
  readonly source?: Source;
  /** One line: why the value has no source. */
  readonly assumption?: string;
}

/** A complete description of the system as it is: every catalogue parameter, no others. */
export interface BaselineScenarioFile {
  readonly kind: 'baseline';
  /** Lower-case letters, digits and hyphens; reforms refer to it, and the CLI finds `<id>.json`. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** First day of the simulation, `YYYY-MM-DD`. */
  readonly startDate: string;
  readonly parameters: Readonly<Record<ParameterKey, ParameterRecord>>;
  /** How the free parameters were fitted, when they were. */
  readonly calibration?: CalibrationRecord;
}

/** How the baseline's free parameters were fitted to the calibration targets (written by `sendsim calibrate --fit --apply`). */
export interface CalibrationRecord {
  readonly method: string;
  readonly objective: string;
  /** The backtest scenario the fit ran. */
  readonly backtest: string;
  readonly targets: string;
  readonly run: {
    readonly seed: number;
    readonly replications: number;
    readonly scale: number;
    readonly years: number;
  };
  readonly evaluations: number;
  readonly objectiveBefore: number;
  readonly objectiveAfter: number;
  readonly result: {
    readonly targets: number;
    readonly evaluated: number;
    readonly passed: number;
    readonly checkedWith: { readonly seed: number; readonly replications: number; readonly scale: number };
  };
  /**
   * What history matching found: how many sets it evaluated and how many the targets did not
   * rule out (their spread is written as each fitted parameter's range), and the parameter
   * pairs most strongly correlated across those sets.
   */
  readonly plausible?: {
    readonly evaluated: number;
    readonly count: number;
    readonly correlations: ReadonlyArray<{
      readonly a: string;
      readonly b: string;
      readonly correlation: number;
    }>;
  };
  /** The parameters the search was free to move. */
  readonly fitted: readonly string[];
  readonly modelVersion: string;
}

/** A policy change: the baseline it modifies, the levers it moves, and what it is expected to do. */
export interface ReformScenarioFile {
  readonly kind: 'reform';
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Id of the baseline scenario, resolved by the CLI as `<baseline>.json` in the same folder. */
  readonly baseline: string;
  /** Lever id → setting; levers not named stay at their defaults. */
  readonly levers: Readonly<Record<string, string | number>>;
  /** Explicit, sourced parameter overrides, applied after the levers. */
  readonly parameters?: Readonly<Partial<Record<ParameterKey, ParameterRecord>>>;
  /** Plain-English expected direction of each effect, stated before running the model. */
  readonly expectedEffects?: readonly string[];
  /**
   * Start the run on another date than the baseline's (YYYY-MM-DD), e.g. a backtest from
   * January 2019; the starting stocks must then be overridden under `parameters` too.
   */
  readonly startDate?: string;
}

/** Either kind of scenario file. */
export type ScenarioFile = BaselineScenarioFile | ReformScenarioFile;

/**
 * The largest scenario or targets file read: 5 MB, sixty times the baseline (about 80 KB). A
 * larger one is a mistake (a 50 MB description once passed), and reading /dev/zero grew without end.
 */
export const MAX_INPUT_FILE_BYTES = 5 * 1024 * 1024;
