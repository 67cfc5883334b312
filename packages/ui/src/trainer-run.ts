/**
 * The work behind a trainer-mode request, run in the simulation worker: a movement log of
 * replication 0 of each scenario (the animation), and for a reform the paired comparison
 * over the requested replications (the story's figures, each with its 95% interval). Both
 * use the same seed, so replication 0 of the comparison is the very run being animated.
 */
import { compareExperiments, runExperiment, runMovementSample } from '@send-sim/sim-core';
import { resolveScenarioById } from './scenarios.js';
import type { TrainerRequest, TrainerResults } from './simulation-protocol.js';

/** Run `request` (throws a RangeError naming a bad option or scenario). */
export function runTrainer(request: TrainerRequest): TrainerResults {
  const { seed, years, scale, sampleSize, replications } = request;
  if (request.scenarios.length < 1 || request.scenarios.length > 2) {
    throw new RangeError(
      `trainer mode shows one scenario or a baseline and one reform, found ${request.scenarios.length}`,
    );
  }
  const scenarios = request.scenarios.map(resolveScenarioById);
  const runs = scenarios.map((scenario) => runMovementSample(scenario, { seed, years, scale, sampleSize }));
  const [baseline, reform] = scenarios;
  const comparison =
    baseline !== undefined && reform !== undefined
      ? compareExperiments(
          runExperiment(baseline, { seed, years, scale, replications }),
          runExperiment(reform, { seed, years, scale, replications }),
        )
      : undefined;
  return { runs, comparison };
}
