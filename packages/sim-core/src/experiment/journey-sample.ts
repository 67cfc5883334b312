/**
 * A sample of the events the engine delivers, each with the state and context the child had
 * just before: the stream `sendsim bench` replays through the compiled journey and through
 * xstate's own `transition()`, to say how much the compiled form buys.
 */
import { Simulation } from '../engine/simulation.js';
import { simulationInput } from '../engine/simulation-input.js';
import { copyJourneyContext, type JourneyContext } from '../journey/journey-context.js';
import type { JourneyEvent } from '../journey/journey-events.js';
import type { ResolvedScenario } from '../scenario/resolve-scenario.js';

/** One event as the journey saw it: leaves and context before it, and the event (plain copies). */
export interface JourneyStepSample {
  readonly leaves: readonly number[];
  readonly context: JourneyContext;
  readonly event: JourneyEvent;
}

/** The first `limit` events replication 0 of `scenario` delivers to the journey. */
export function sampleJourneySteps(
  scenario: ResolvedScenario,
  options: { readonly seed: number; readonly scale: number; readonly years: number },
  limit: number,
): JourneyStepSample[] {
  const steps: JourneyStepSample[] = [];
  new Simulation({
    ...simulationInput(scenario, options, 0),
    onStep: (leaves, context, event) => {
      if (steps.length < limit)
        steps.push({ leaves: [...leaves], context: copyJourneyContext(context), event: { ...event } });
    },
  }).run();
  return steps;
}
