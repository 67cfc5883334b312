/**
 * The two kinds of scenario file (DESIGN 3.2): a baseline that gives every parameter a value
 * with its evidence, and a reform that names a baseline and changes only lever settings (and,
 * rarely, a parameter with its own source). The types are those of the scenario schema
 * (`scenario-schema.ts`, `parameter-record-schema.ts`): what `parseScenarioFile` returns, read-only.
 */
import type * as v from 'valibot';
import type { LeverSetting } from './levers.js';
import type { ParameterRecordSchema, SourceSchema } from './parameter-record-schema.js';
import type {
  BaselineScenarioSchema,
  CalibrationRecordSchema,
  ReformScenarioSchema,
} from './scenario-schema.js';
import type { DeepReadonly } from './schema-kit.js';

/** Where a value comes from: enough for a reader to find the figure again. */
export type Source = DeepReadonly<v.InferOutput<typeof SourceSchema>>;

/**
 * How far a cited figure was checked (the evidence file's status column):
 * `V` seen in the named source; `V2` an official statistic quoted by a secondary page;
 * `D` derived by arithmetic from V/V2 figures (the arithmetic goes in `note`).
 */
export type SourceStatus = NonNullable<Source['status']>;

/**
 * One parameter's value with its evidence. Exactly one of `source` and `assumption` is present;
 * `range[0] <= value <= range[1]`; `unit` equals the catalogue's unit; `priceYear` is present
 * exactly when the unit is money (starts with `GBP`).
 */
export type ParameterRecord = DeepReadonly<v.InferOutput<ParameterRecordSchema>>;

/** How the baseline's free parameters were fitted to the calibration targets (written by `sendsim calibrate --fit --apply`). */
export type CalibrationRecord = DeepReadonly<v.InferOutput<typeof CalibrationRecordSchema>>;

/** A complete description of the system as it is: every catalogue parameter, no others. */
export type BaselineScenarioFile = DeepReadonly<
  Omit<v.InferOutput<typeof BaselineScenarioSchema>, '$schema'>
>;

/** A policy change: the baseline it modifies, the levers it moves, and what it is expected to do. */
export type ReformScenarioFile = DeepReadonly<
  Omit<v.InferOutput<typeof ReformScenarioSchema>, '$schema' | 'levers'>
> & {
  /** Lever id → setting; levers not named stay at their defaults. */
  readonly levers: Readonly<Record<string, LeverSetting>>;
};

/** Either kind of scenario file. */
export type ScenarioFile = BaselineScenarioFile | ReformScenarioFile;

/**
 * The largest scenario or targets file read: 5 MB, sixty times the baseline (about 80 KB). A
 * larger one is a mistake (a 50 MB description once passed), and reading /dev/zero grew without end.
 */
export const MAX_INPUT_FILE_BYTES = 5 * 1024 * 1024;
