/**
 * The comparison and the sensitivity analysis as jobs for the replication pool, and their
 * results put back together. Every (scenario, replication) is one job; a replication's result
 * depends only on its scenario, the options and its number (its random streams are seeded from
 * them), never on which worker ran it or when. Results are put back in job order and each
 * scenario is summarised over its replications in order, so the result is byte-identical to
 * `runExperiment` in one thread, to the CLI's pool, and whatever the number of workers.
 *
 * Pure (sim-core only), so Node tests can check the assembly against `runExperiment`.
 */
import {
  compareExperiments,
  type ExperimentResult,
  type ReplicationResult,
  type ResolvedScenario,
  type RunOptions,
  summarise,
} from '@send-sim/sim-core';
import type { ExperimentSummary, ReplicationJob, SimulationResults } from './worker-protocol.js';

/**
 * Every replication of every scenario: scenario by scenario, replication by replication, so
 * job `s × options.replications + r` is replication `r` of `scenarios[s]`.
 */
export function replicationJobs(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
): ReplicationJob[] {
  return scenarios.flatMap((scenario) =>
    Array.from({ length: options.replications }, (_, replication) => ({ scenario, options, replication })),
  );
}

/**
 * One `ExperimentResult` per scenario, in the order given, from `results[j]` = the result of
 * job `j` of `replicationJobs(scenarios, options)`.
 */
export function experimentsFromResults(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  results: readonly ReplicationResult[],
): ExperimentResult[] {
  const reps = options.replications;
  if (results.length !== scenarios.length * reps) {
    throw new RangeError(
      `results: expected one per job (${scenarios.length} scenarios × ${reps} replications), found ${results.length}`,
    );
  }
  return scenarios.map((scenario, s) =>
    summarise(scenario, options, results.slice(s * reps, (s + 1) * reps)),
  );
}

/**
 * A comparison's results from its jobs' results: `scenarios` is the baseline then each reform,
 * and each reform is compared with the baseline replication by replication (what
 * `sendsim compare` prints). Per-replication values are left out: too large to keep on the page.
 */
export function comparisonFromResults(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  results: readonly ReplicationResult[],
): SimulationResults {
  const [baseline, ...reforms] = experimentsFromResults(scenarios, options, results);
  if (baseline === undefined) throw new RangeError('scenarios: expected the baseline first, found none');
  return {
    baseline: summary(baseline),
    reforms: reforms.map(summary),
    comparisons: reforms.map((reform) => compareExperiments(baseline, reform)),
  };
}

function summary({ replications: _, ...rest }: ExperimentResult): ExperimentSummary {
  return rest;
}
