/**
 * Experiments: replications, paired comparisons with common random numbers, one-way sensitivity
 * (tornado), sweeps of one parameter, traces and movement logs.
 */
export {
  type ChangeDirection,
  type ChangeVerdict,
  type ClearBasis,
  clearDirection,
  judgeChange,
  MIN_CLEAR_REPLICATIONS,
  MIN_CLEAR_SIMULATED,
  UNCLEAR_WORDS,
  type UnclearReason,
} from './clear-direction.js';
export { compareExperiments } from './compare-experiments.js';
export {
  type ChildOutcome,
  type DivergentChild,
  type DivergentChildren,
  type DivergentChildrenOptions,
  divergentChildren,
  JOURNEY_MILESTONES,
  type JourneyMilestone,
  type TypicalChild,
} from './divergent-children.js';
export type {
  Comparison,
  CostRow,
  Estimate,
  ExperimentResult,
  PairedDifference,
  PriceBasis,
  Progress,
  ReplicationResult,
  RunMeta,
  RunOptions,
  SeriesRow,
} from './experiment-types.js';
export {
  fitToQuote,
  fitToQuoteAll,
  MAX_HALF_WIDTH_OF_CHANGE,
  MAX_HALF_WIDTH_OF_LEVEL,
  MIN_QUOTE_REPLICATIONS,
  MIN_QUOTE_SIMULATED,
  type NotFitReason,
  type QuoteVerdict,
} from './fit-to-quote.js';
export { imanConover, RankCorrelationError } from './iman-conover.js';
export {
  compareJourneys,
  type JourneyDivergence,
  publicPounds,
  sameStep,
  totalPounds,
} from './journey-divergence.js';
export { type JourneyStepSample, sampleJourneySteps } from './journey-sample.js';
export {
  findRunMeasure,
  measureOverRun,
  metricOverRun,
  RUN_MEASURES,
  type RunMeasure,
} from './metric-over-run.js';
export {
  type ChildMove,
  MOVEMENT_MAX_SCALE,
  type MovementOptions,
  type MovementRun,
  runMovementSample,
  type SampledChild,
} from './movement-sample.js';
export { quantileOf, type RangeDistribution } from './parameter-distribution.js';
export {
  type PsaAnalysis,
  type PsaDrawOutcome,
  type PsaDrawPoint,
  type PsaInfluence,
  type PsaPlan,
  type PsaReformOutcome,
  type PsaReformResult,
  type PsaRequest,
  type PsaScatterPoint,
  type PsaSpread,
  planPsa,
  psaDrawOutcome,
  psaFromOutcomes,
  psaFromResults,
  runPsa,
  spread,
} from './psa.js';
export {
  designPsa,
  type HeldParameter,
  type PsaCorrelation,
  type PsaDesign,
  type PsaParameter,
} from './psa-sample.js';
export { pearson, ranks, spearman } from './rank-correlation.js';
export {
  runExperiment,
  runMeta,
  runReplication,
  summarise,
  traceChild,
  type WeightedReplication,
  weighReplication,
} from './run-experiment.js';
export { MAX_REPLICATIONS, MAX_YEARS, MIN_SCALE, validateRunOptions } from './run-options.js';
export {
  type RunningDifference,
  type RunningYear,
  runningDifference,
} from './running-difference.js';
export {
  planSensitivity,
  runSensitivity,
  type SensitivityAnalysis,
  type SensitivityPlan,
  type SensitivityPoint,
  type SensitivityRequest,
  type SensitivityRow,
  type SkippedParameter,
  sensitivityFromResults,
} from './sensitivity.js';
export { estimate, tQuantile975 } from './statistics.js';
export {
  planSweep,
  runSweep,
  type SweepAnalysis,
  type SweepPlan,
  type SweepRequest,
  type SweepRow,
  type SweptParameter,
  sweepFromPoints,
  sweepFromResults,
  sweepPointResult,
} from './sweep.js';
export {
  ChildNotSimulatedError,
  type ChildTracePair,
  type TracePairOptions,
  traceChildPair,
} from './trace-child-pair.js';
export {
  UNMET_NEED_METRIC,
  type ValueForMoney,
  VFM_NOT_DEFINED,
  valueForMoney,
} from './value-for-money.js';
