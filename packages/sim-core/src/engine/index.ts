/** The event-driven engine: the child table, the future event list, the run loop and traces. */
export type { ChildState } from './child-state.js';
export { ChildContext, ChildTable, MAX_TIMERS, ROW_BYTES, timerGenerationLimit } from './child-table.js';
export { FutureEvents } from './future-events.js';
export { localGroupsAtStart } from './local-psychology.js';
export { NationalServices, type Places } from './national-services.js';
export {
  Partition,
  type PartitionResult,
  type PartitionSettings,
} from './partition.js';
export {
  checkRunSize,
  MAX_CHILDREN_FOR_ENGLAND,
  type RunSize,
  RunSizeError,
  type RunSizeInput,
  runSize,
} from './run-size.js';
export type { ServiceRequests } from './service-requests.js';
export {
  deliverPlaces,
  PARTITIONS,
  ReplicationDays,
  replicationOutput,
  type ServiceState,
  Simulation,
  type SimulationOutput,
} from './simulation.js';
export { type SimulationInput, type SimulationSettings, simulationInput } from './simulation-input.js';
export type { ChildTrace, TraceStep } from './trace.js';
