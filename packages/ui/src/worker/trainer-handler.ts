/**
 * The simulation worker's answer to a `trainer` request: the movement log of replication 0 of
 * one scenario (what trainer mode's animation plays). The story asks for the baseline's and the
 * reform's, and runs their comparison on the replication pool with the same seed, so
 * replication 0 of the comparison is the very run being animated.
 */
import { type MovementRun, runMovementSample } from '@send-sim/sim-core';
import { resolveScenarioById } from '../app/scenarios.js';
import type { AnswerTo, TrainerMessage, TrainerRequest } from './worker-protocol.js';

/** Report progress in steps of at least this share (and at the end), so messages do not flood the page. */
const PROGRESS_STEP = 0.01;

/** Answer one `trainer` request through `post`. Never throws: failures are posted as `trainer-error`. */
export function handleTrainer(message: TrainerMessage, post: (answer: AnswerTo<'trainer'>) => void): void {
  const { runId, request } = message;
  let reported = -1;
  const progress = (done: number) => {
    if (done - reported >= PROGRESS_STEP || done === 1) {
      reported = done;
      post({ type: 'trainer-progress', runId, done });
    }
  };
  try {
    post({ type: 'trainer-done', runId, run: runTrainer(request, progress) });
  } catch (error) {
    post({ type: 'trainer-error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Run `request` (throws a RangeError naming a bad option or scenario); `onProgress` hears the share done. */
function runTrainer(request: TrainerRequest, onProgress?: (done: number) => void): MovementRun {
  const { seed, years, scale, sampleSize } = request;
  return runMovementSample(resolveScenarioById(request.scenario), {
    seed,
    years,
    scale,
    sampleSize,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
}
