/** Experiments: replications, paired comparisons with common random numbers, and traces. */
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
  runExperiment,
  runMeta,
  runReplication,
  summarise,
  traceChild,
  validateRunOptions,
} from './run-experiment.js';
export { estimate, tQuantile975 } from './statistics.js';
