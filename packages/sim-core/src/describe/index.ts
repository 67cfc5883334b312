/**
 * The model described from its own code and a scenario (ODD order): for `sendsim describe` and
 * the UI's assumptions page.
 */
export type { FieldDoc, ServiceDoc } from './entities.js';
export { KNOWN_LIMITS, type KnownLimit } from './known-limits.js';
export {
  type CalibrationDescription,
  type DescribeOptions,
  describeModel,
  type EventDescription,
  type EvidenceKind,
  type FieldDescription,
  type LeverDescription,
  leverDeliveryCostWords,
  type MetricDescription,
  type ModelDescription,
  type ParameterCounts,
  type ParameterGroup,
  type ParameterRow,
  type PayerDescription,
  type RegionDescription,
  type ScenarioSummary,
  type ServiceDescription,
  type SourceDescription,
  type StateDescription,
  type StatutoryClockDescription,
} from './model-description.js';
export { plausibleSetsText } from './plausible-sets-text.js';
export type { DesignConceptDoc, ProcessStepDoc } from './process.js';
export {
  type SeedAskCoverage,
  type SeedAskStatus,
  type SeedCoverage,
  seedCoverage,
  seedCoverageProblems,
} from './seed-coverage.js';
export { JOURNEY_REGION_LABELS, JOURNEY_STATE_LABELS, stateLabel } from './state-labels.js';
