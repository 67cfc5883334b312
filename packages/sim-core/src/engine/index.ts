/** The event-driven engine: clock and calendar, the future event list, random streams, the run loop and traces. */
export { Calendar, DAYS_PER_YEAR, monthOf } from './calendar.js';
export { ChildContext, ChildTable, MAX_TIMERS, ROW_BYTES, timerGenerationLimit } from './child-table.js';
export { FutureEvents } from './future-events.js';
export { NationalServices, type Places } from './national-services.js';
export {
  Partition,
  type PartitionResult,
  type PartitionSettings,
  type ServiceRequests,
} from './partition.js';
/** `log`, `exp` and `cos` with the same bits on every engine; sim-core uses these, never `Math.log` & co. */
export * as portableMath from './portable-math.js';
export {
  cumulate,
  exponential,
  pickIndex,
  type RandomStream,
  ReusableStream,
  randomStream,
  type StreamPurpose,
  StreamTable,
} from './random-streams.js';
export {
  checkRunSize,
  MAX_CHILDREN_FOR_ENGLAND,
  type RunSize,
  RunSizeError,
  type RunSizeInput,
  runSize,
} from './run-size.js';
export {
  type ChildState,
  deliverPlaces,
  PARTITIONS,
  ReplicationDays,
  replicationOutput,
  type ServiceState,
  Simulation,
  type SimulationInput,
  type SimulationOutput,
} from './simulation.js';
export type { ChildTrace, TraceStep } from './trace.js';
