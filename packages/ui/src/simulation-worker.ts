/**
 * The module Web Worker that runs experiments, so the page never freezes. It runs the baseline
 * and each reform with the same options (so replication r of each shares its random streams),
 * reports progress as a share of the whole run, and posts summaries and paired comparisons.
 */
import { compareExperiments, type ExperimentResult, runExperiment } from '@send-sim/sim-core';
import { handleTrace } from './child-trace-worker.js';
import { resolveScenarioById } from './scenarios.js';
import type { ExperimentSummary, PageMessage, WorkerMessage } from './simulation-protocol.js';

/** Report progress in steps of at least this share, so messages do not flood the page. */
const PROGRESS_STEP = 0.005;

const post = (message: WorkerMessage) => postMessage(message);

function summary({ replications: _, ...rest }: ExperimentResult): ExperimentSummary {
  return rest;
}

addEventListener('message', (event: MessageEvent<PageMessage>) => {
  // Following a child has its own module; everything else here is a run.
  if (event.data.type === 'trace') return handleTrace(event.data, (message) => postMessage(message));
  const { runId, request } = event.data;
  try {
    // Resolve every scenario before the first (long) run, so a bad id fails at once.
    const scenarios = [request.baseline, ...request.reforms].map(resolveScenarioById);
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
