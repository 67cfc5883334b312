/**
 * The worker side of "what drives this result?": runs inside the simulation worker (which
 * dispatches `sensitivity` messages here), so the many runs of a tornado never block the page.
 * It calls sim-core's `runSensitivity` itself, with the bundled baseline file and the reform's
 * file, so the browser's numbers are the CLI's (`sendsim sensitivity`) for the same options.
 */
import { runSensitivity } from '@send-sim/sim-core';
import { BASELINE_FILE, reformFileOf } from './scenarios.js';
import type { SensitivityMessage, SensitivityWorkerMessage } from './sensitivity-protocol.js';

/** Report progress in steps of at least this share, so messages do not flood the page. */
const PROGRESS_STEP = 0.005;

/** Answer one `sensitivity` message through `post`. Never throws: failures are posted as `sensitivity-error`. */
export function handleSensitivity(
  message: SensitivityMessage,
  post: (message: SensitivityWorkerMessage) => void,
): void {
  const { runId, request } = message;
  let reported = -1;
  try {
    const analysis = runSensitivity(
      {
        baseline: BASELINE_FILE,
        ...(request.reform === undefined ? {} : { reform: reformFileOf(request.reform) }),
        metric: request.metric,
        parameters: request.parameters,
      },
      request.options,
      (progress) => {
        if (progress.done - reported >= PROGRESS_STEP) {
          reported = progress.done;
          post({ type: 'sensitivity-progress', runId, done: progress.done });
        }
      },
    );
    post({ type: 'sensitivity-done', runId, request, analysis });
  } catch (error) {
    post({
      type: 'sensitivity-error',
      runId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
