/**
 * The story's comparison put together from the replication pool's results: the baseline and
 * the story's reform compared replication by replication (`compareExperiments`, as the
 * dashboard and `sendsim compare` do), and the running change year by year in public spending,
 * in the cost to families and in crises (`runningDifference`), from which the narration says when, if ever, early
 * help's extra cost turns into a saving. Pure (sim-core only), so Node tests can build the same
 * thing the page shows.
 */
import {
  type Comparison,
  compareExperiments,
  type ExperimentResult,
  type ReplicationResult,
  type ResolvedScenario,
  type RunningDifference,
  type RunOptions,
  runningDifference,
} from '@send-sim/sim-core';
import { experimentsFromResults } from '../worker/replication-jobs.js';

/**
 * The measures whose running change the story tells: the money (public spending, and the cost to
 * families apart from it), and the harm it is meant to prevent.
 */
export const RUNNING_MEASURES = ['cost_public', 'cost_family', 'crisis_events'] as const;
export type RunningMeasure = (typeof RUNNING_MEASURES)[number];

/** What the story's figures come from: the paired comparison and the running changes. */
export interface StoryComparison {
  readonly comparison: Comparison;
  readonly running: Readonly<Record<RunningMeasure, RunningDifference>>;
}

/**
 * The story's comparison from `results[j]` = job `j` of `replicationJobs([baseline, reform], options)`.
 *
 * @example
 * const story = storyComparison([baseline, reform], options, results);
 * story.running.cost_public.turnsDownIn; // e.g. 2029, or undefined
 */
export function storyComparison(
  scenarios: readonly [ResolvedScenario, ResolvedScenario],
  options: RunOptions,
  results: readonly ReplicationResult[],
): StoryComparison {
  const [baseline, reform] = experimentsFromResults(scenarios, options, results);
  if (baseline === undefined || reform === undefined) throw new RangeError('story: expected two scenarios');
  return storyFromExperiments(baseline, reform);
}

/** The story's comparison from the two experiments (as `runExperiment` returns them, replications kept). */
export function storyFromExperiments(baseline: ExperimentResult, reform: ExperimentResult): StoryComparison {
  const running = Object.fromEntries(
    RUNNING_MEASURES.map((m) => [m, runningDifference(baseline, reform, m)]),
  ) as Record<RunningMeasure, RunningDifference>;
  return { comparison: compareExperiments(baseline, reform), running };
}
