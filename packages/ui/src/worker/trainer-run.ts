/**
 * The work behind a trainer-mode request, run in the simulation worker: the movement log of
 * replication 0 of one scenario (what the animation plays). The story asks for the baseline's
 * and the reform's, and runs their comparison on the replication pool with the same seed, so
 * replication 0 of the comparison is the very run being animated.
 */
import { type MovementRun, runMovementSample } from '@send-sim/sim-core';
import { resolveScenarioById } from '../app/scenarios.js';
import type { TrainerRequest } from './simulation-protocol.js';

/** Run `request` (throws a RangeError naming a bad option or scenario); `onProgress` hears the share done. */
export function runTrainer(request: TrainerRequest, onProgress?: (done: number) => void): MovementRun {
  const { seed, years, scale, sampleSize } = request;
  return runMovementSample(resolveScenarioById(request.scenario), {
    seed,
    years,
    scale,
    sampleSize,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
}
