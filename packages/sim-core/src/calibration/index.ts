/** Calibration: published targets, how the model measures each, and the backtest's verdict. */
export { backtestYears, calibrationReport, parseCalibrationTargets } from './calibration-report.js';
export type {
  CalibrationReport,
  CalibrationRow,
  CalibrationStatus,
  CalibrationTally,
  CalibrationTarget,
} from './calibration-types.js';
export {
  calibrationObjective,
  coordinateSearch,
  MISS_PENALTY,
  roundFitted,
  type SearchOptions,
  type SearchParameter,
  type SearchResult,
  type SearchStep,
} from './coordinate-search.js';
export {
  type FitOptions,
  fitCalibration,
  type ReplicationRunner,
  withParameters,
} from './fit-calibration.js';
export { FIT_METHOD, FIT_OBJECTIVE, FIT_RUN, FIT_SEARCH, fitMethod } from './fit-settings.js';
export { FREE_PARAMETERS, type FreeParameter } from './free-parameters.js';
export { type Holdout, holdOut, reachesYear, uninformedStart } from './holdout.js';
export { lastMonth, type PeriodSpan, periodSpan } from './periods.js';
export {
  PUBLISHED_GROWTH,
  type PublishedGrowth,
  type SettingGrowthRow,
  settingGrowth,
} from './setting-growth.js';
export { measureTarget, TARGET_CAVEATS, TARGET_MEASURES, type TargetMeasure } from './target-measures.js';
