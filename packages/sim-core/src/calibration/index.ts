/** Calibration: published targets, how the model measures each, and the backtest's verdict. */

export { calibrationObjective, MISS_PENALTY, roundFitted } from './calibration-objective.js';
export { backtestYears, calibrationReport } from './calibration-report.js';
export { CalibrationTargetsFileSchema, parseCalibrationTargets } from './calibration-targets.js';
export type {
  CalibrationReport,
  CalibrationRow,
  CalibrationStatus,
  CalibrationTally,
  CalibrationTarget,
} from './calibration-types.js';
export {
  type CmaEsGeneration,
  type CmaEsOptions,
  type CmaEsResult,
  cmaEs,
  defaultPopulationSize,
} from './cma-es.js';
export {
  type ExclusionRateRow,
  exclusionRatesCheck,
  PUBLISHED_EXCLUSION_RATES,
  type PublishedExclusionRate,
} from './exclusion-rates.js';
export {
  type BatchRunner,
  type FitOptions,
  type FitResult,
  fitCalibration,
  withParameters,
} from './fit-calibration.js';
export {
  FIT_METHOD,
  FIT_OBJECTIVE,
  FIT_RUN,
  FIT_SEARCH,
  type FitSettings,
  fitMethod,
} from './fit-settings.js';
export { FREE_PARAMETERS, type FreeParameter } from './free-parameters.js';
export {
  type Candidate,
  type HistoryMatchingResult,
  type HistoryMatchingSettings,
  historyMatch,
  type WaveSummary,
} from './history-matching.js';
export { type Holdout, holdOut, reachesYear, uninformedStart } from './holdout.js';
export {
  IMPLAUSIBILITY_CUTOFF,
  IMPLAUSIBLE_TARGETS_ALLOWED,
  type ImplausibilityVerdict,
  implausibility,
  judgeImplausibility,
  TOLERANCE_STANDARD_DEVIATIONS,
} from './implausibility.js';
export {
  NEED_SHARE_TOLERANCE,
  type NeedShareRow,
  needMixCheck,
  PUBLISHED_NEED_SHARES,
  type PublishedNeedShare,
  withinNeedShareTolerance,
} from './need-mix.js';
export {
  NEW_PLAN_AGE_BANDS,
  NEW_PLAN_AGE_TOLERANCE,
  NEW_PLANS_BY_AGE_YEAR,
  type NewPlansByAgeColumn,
  newPlansByAge,
} from './new-plans-by-age.js';
export { type SearchParameter, toUnit, valuesAt } from './parameter-space.js';
export { lastMonth, type PeriodSpan, periodSpan } from './periods.js';
export {
  censusPhaseShare,
  PHASE_NEEDS,
  PHASE_SHARE_TOLERANCE,
  type PhaseColumn,
  type PhaseNeedRow,
  PLAN_PHASES,
  PLANS_BY_PHASE_YEAR,
  plansByPhaseCheck,
} from './plans-by-phase.js';
export {
  type PlausibleCorrelation,
  type PlausibleRange,
  type PlausibleSets,
  summarisePlausibleSets,
} from './plausible-sets.js';
export {
  PUBLISHED_GROWTH,
  type PublishedGrowth,
  type SettingGrowthRow,
  settingGrowth,
} from './setting-growth.js';
export {
  PUBLISHED_SECONDARY_TO_PRIMARY,
  RATIO_TOLERANCE,
  SCHOOL_PHASES,
  type SpecialSchoolsByAgeColumn,
  specialSchoolsByAge,
} from './special-schools-by-age.js';
export { START_STOCKS, type StartStockRow, startAgainstBacktest } from './start-against-backtest.js';
export {
  complexShareAt5to10AtStart,
  isStartConsistency,
  START_CONSISTENCY,
  withStartConsistency,
} from './start-consistency.js';
export { symmetricEigen } from './symmetric-eigen.js';
export { measureTarget, TARGET_CAVEATS, TARGET_MEASURES, type TargetMeasure } from './target-measures.js';
