/**
 * The module Web Worker that runs experiments, so the page never freezes. It runs the baseline
 * and each reform with the same options (so replication r of each shares its random streams),
 * reports progress as a share of the whole run, and posts summaries and paired comparisons.
 */
import { compareExperiments, type ExperimentResult, runExperiment } from '@send-sim/sim-core';
import { handleTrace } from './child-trace-worker.js';
import { resolveReformFile, resolveScenarioById } from './scenarios.js';
import { handleSensitivity } from './sensitivity-worker.js';
import type { ExperimentSummary, PageMessage, ReformRef, WorkerMessage } from './simulation-protocol.js';
import { runTrainer } from './trainer-run.js';

/** Report progress in steps of at least this share, so messages do not flood the page. */
const PROGRESS_STEP = 0.005;

const post = (message: WorkerMessage) => postMessage(message);

function summary({ replications: _, ...rest }: ExperimentResult): ExperimentSummary {
  return rest;
}

addEventListener('message', (event: MessageEvent<PageMessage>) => {
  // Following a child and sensitivity analyses have their own modules; trainer runs and comparisons are here.
  if (event.data.type === 'trace') return handleTrace(event.data, (message) => postMessage(message));
  if (event.data.type === 'sensitivity') {
    return handleSensitivity(event.data, (message) => postMessage(message));
  }
  if (event.data.type === 'trainer-run') {
    const { runId, request } = event.data;
    try {
      post({ type: 'trainer-done', runId, results: runTrainer(request) });
    } catch (error) {
      post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const { runId, request } = event.data;
  try {
    // Resolve every scenario before the first (long) run, so a bad id fails at once.
    const resolve = (ref: ReformRef) =>
      typeof ref === 'string' ? resolveScenarioById(ref) : resolveReformFile(ref);
    const scenarios = [request.baseline, ...request.reforms].map(resolve);
    let reported = -1;
    const results = scenarios.map((scenario, i) =>
      runExperiment(scenario, request.options, (progress) => {
        const done = (i + progress.done) / scenarios.length;
        if (done - reported >= PROGRESS_STEP) {
          reported = done;
          post({ type: 'progress', runId, done });
        }
      }),
    );
    const [baseline, ...reforms] = results as [ExperimentResult, ...ExperimentResult[]];
    const comparisons = reforms.map((reform) => compareExperiments(baseline, reform));
    post({
      type: 'done',
      runId,
      results: { baseline: summary(baseline), reforms: reforms.map(summary), comparisons },
    });
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  }
});
