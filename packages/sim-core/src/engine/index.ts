/** The event-driven engine: clock and calendar, event queue, random streams, the run loop and traces. */
export { Calendar, DAYS_PER_YEAR, monthOf } from './calendar.js';
export { EventQueue, type Scheduled } from './event-queue.js';
/** `log`, `exp` and `cos` with the same bits on every engine; sim-core uses these, never `Math.log` & co. */
export * as portableMath from './portable-math.js';
export {
  cumulate,
  exponential,
  pickIndex,
  type RandomStream,
  randomStream,
  type StreamPurpose,
  StreamTable,
} from './random-streams.js';
export { type ChildRecord, Simulation, type SimulationInput, type SimulationOutput } from './simulation.js';
export type { ChildTrace, TraceStep } from './trace.js';
