/** Experiments: replications, paired comparisons with common random numbers, traces and movement logs. */
export { compareExperiments } from './compare-experiments.js';
export type {
  Comparison,
  CostRow,
  Estimate,
  ExperimentResult,
  PairedDifference,
  Progress,
  ReplicationResult,
  RunMeta,
  RunOptions,
  SeriesRow,
} from './experiment-types.js';
export {
  type ChildMove,
  MOVEMENT_MAX_SCALE,
  type MovementOptions,
  type MovementRun,
  runMovementSample,
  type SampledChild,
} from './movement-sample.js';
export {
  runExperiment,
  runMeta,
  runReplication,
  summarise,
  traceChild,
  validateRunOptions,
} from './run-experiment.js';
export { estimate, tQuantile975 } from './statistics.js';
