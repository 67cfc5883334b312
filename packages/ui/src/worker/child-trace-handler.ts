/**
 * The simulation worker's answer to a `trace` request: following one child through two
 * systems, off the page's thread so tracing never blocks it. Suggesting a child runs
 * replication 0 of both scenarios to rank children by how much their journeys differ and to
 * find the typical one, then traces the top one (or the typical one, when that was asked
 * for): four runs in all, each reported as a quarter of the progress.
 */
import {
  ChildNotSimulatedError,
  type DivergentChild,
  divergentChildren,
  type TypicalChild,
  traceChildPair,
} from '@send-sim/sim-core';
import { resolveScenarioById } from '../app/scenarios.js';
import type { AnswerTo, TraceMessage, TraceResult } from './worker-protocol.js';

/** Report progress in steps of at least this share, so messages do not flood the page. */
const PROGRESS_STEP = 0.01;

/** How many children to suggest; the first is followed at once, the rest are offered. */
const SUGGESTIONS = 5;

/** Answer one `trace` message through `post`. Never throws: failures are posted as `trace-error`. */
export function handleTrace(message: TraceMessage, post: (answer: AnswerTo<'trace'>) => void): void {
  const { runId, request } = message;
  let reported = -1;
  const progress = (from: number, span: number) => (done: number) => {
    const share = from + span * done;
    if (share - reported >= PROGRESS_STEP) {
      reported = share;
      post({ type: 'trace-progress', runId, done: share });
    }
  };
  try {
    const baseline = resolveScenarioById(request.baseline);
    const reform = resolveScenarioById(request.reform);
    let childId = typeof request.childId === 'number' ? request.childId : -1;
    let suggestions: readonly DivergentChild[] = [];
    let typical: TypicalChild | undefined;
    let divergentCount: number | undefined;
    const suggesting = typeof request.childId !== 'number';
    if (suggesting) {
      const ranked = divergentChildren(baseline, reform, {
        ...request.options,
        limit: SUGGESTIONS,
        onProgress: progress(0, 0.5),
      });
      const first = request.childId === 'typical' ? ranked.typical : ranked.children[0];
      if (first === undefined) {
        post({
          type: 'trace-error',
          runId,
          message:
            'No child’s journey differs between the two systems in this run: the reform changes nothing for any child simulated (try a larger scale or more years).',
        });
        return;
      }
      childId = first.childId;
      suggestions = ranked.children;
      typical = ranked.typical;
      divergentCount = ranked.divergentCount;
    }
    const span = suggesting ? 0.5 : 1;
    const pair = traceChildPair(
      baseline,
      reform,
      { ...request.options, onProgress: progress(1 - span, span) },
      childId,
    );
    const result: TraceResult = { request, pair, suggestions, typical, divergentCount };
    post({ type: 'trace-done', runId, result });
  } catch (error) {
    if (error instanceof ChildNotSimulatedError) {
      post({
        type: 'trace-error',
        runId,
        message: error.message,
        childrenSimulated: error.childrenSimulated,
      });
      return;
    }
    post({ type: 'trace-error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}
