/**
 * A child as results and tools see it, outside the engine's tables: a plain copy of its row
 * (`Simulation.child`, `Simulation.children`), safe to keep after the run moves on.
 */
import type { JourneyContext } from '../journey/journey-context.js';

/** A child as results and tools see it: a plain copy of its row. */
export interface ChildState {
  readonly id: number;
  readonly active: boolean;
  /** Leaf index per region. */
  readonly leaves: readonly number[];
  readonly context: JourneyContext;
}
